import { lazyRequire } from '../lazy-require.js';
import { decodeText } from './binary.js';
import { formatBytes } from './format.js';
import type { SourceItem } from './types.js';

/**
 * Archives are opened and their text entries scanned, reported as
 * `archive.zip!path/inside` (and `outer.zip!inner.jar!config.properties` one
 * level deeper): a .env zipped into a release bundle is as leaked as a
 * committed one, and trufflehog and recent gitleaks look inside too.
 *
 * fflate (zip, gzip) and nanotar (tar) are pure JavaScript with no install
 * step, loaded only when an archive is met, so the hook never pays for them.
 * bzip2 and xz have no maintained pure-JS decoder that fits that bill: such
 * archives are listed as not scanned (and block in hook modes, with the way
 * to allow them).
 *
 * Everything is bounded: nesting depth, entry count, bytes unpacked per
 * archive, and the compression ratio of each entry, so a zip bomb is a
 * clear "skipped: …" line, not a hang or an out-of-memory crash.
 */

const ZIP_FAMILY = /\.(?:zip|jar|war|ear|apk|aar|whl|nupkg|docx|xlsx|pptx|odt|ods|epub|vsix|xpi|ipa)$/i;
const TAR = /\.tar$/i;
const TAR_GZ = /\.(?:tar\.gz|tgz)$/i;
const GZ = /\.gz$/i;
const UNSUPPORTED = /\.(?:tar\.bz2|tbz2?|tar\.xz|txz|bz2|xz|7z|rar|zst|tar\.zst)$/i;

export const MAX_DEPTH = 2;
const MAX_ENTRIES = 10_000;
/** Past this ratio (and size) an entry is a bomb, not data: text compresses ~10:1, a bomb 1000:1. */
const MAX_RATIO = 200;
const MIN_BOMB_SIZE = 1024 * 1024;

export function isArchivePath(path: string): boolean {
  return ZIP_FAMILY.test(path) || TAR.test(path) || TAR_GZ.test(path) || GZ.test(path) || UNSUPPORTED.test(path);
}

interface Budget {
  /** Bytes that may still be unpacked from this archive and all it holds. */
  bytes: number;
  entries: number;
}

/**
 * The items an archive holds: text entries to scan, and a skipped line for
 * whatever could not be opened. `limit` bounds the bytes unpacked in all.
 */
export function expandArchive(path: string, data: Uint8Array, limit: number, base: Partial<SourceItem> = {}): SourceItem[] {
  const out: SourceItem[] = [];
  expand(path, data, 1, { bytes: limit, entries: MAX_ENTRIES }, base, out);
  return out;
}

function expand(path: string, data: Uint8Array, depth: number, budget: Budget, base: Partial<SourceItem>, out: SourceItem[]): void {
  const skip = (reason: string): void => void out.push({ ...base, path, skipped: reason, unscanned: true });
  if (UNSUPPORTED.test(path)) return skip('archive format not supported (bzip2, xz, 7z, rar, zstd): not scanned');
  try {
    if (ZIP_FAMILY.test(path)) return unzip(path, data, depth, budget, base, out);
    if (TAR_GZ.test(path) || TAR.test(path)) {
      const tar = TAR_GZ.test(path) ? gunzip(data, budget) : data;
      if (typeof tar === 'string') return skip(tar);
      return untar(path, tar, depth, budget, base, out);
    }
    if (GZ.test(path)) {
      const inner = gunzip(data, budget);
      if (typeof inner === 'string') return skip(inner);
      return entry(`${path}!${path.slice(path.lastIndexOf('/') + 1, -3)}`, inner, depth, budget, base, out);
    }
  } catch (e) {
    return skip(unreadableArchive(e));
  }
}

/**
 * Why an archive could not be opened. A reader missing from node_modules (an install cut short, a copy of
 * dist/ without its dependencies) is said as that, with the way out, not as the archive's fault.
 */
export function unreadableArchive(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'MODULE_NOT_FOUND') {
    const reader = /Cannot find module '([^']+)'/.exec(err.message)?.[1] ?? 'its archive reader';
    return `not scanned: leakguard's archive reader (${reader}) ${READER_MISSING}; reinstall leakguard (npm ci) and scan again`;
  }
  return `unreadable archive (${err.message.split('\n')[0]}): not scanned`;
}

const READER_MISSING = 'is not installed';

/** Whether a skipped file's reason is a reader missing from this install (the way out is to reinstall, not to fix the file). */
export function readerMissing(reason: string): boolean {
  return reason.includes(READER_MISSING);
}

/** One file found inside an archive: text is scanned, an archive is opened (to MAX_DEPTH), other binaries are left. */
function entry(path: string, data: Uint8Array, depth: number, budget: Budget, base: Partial<SourceItem>, out: SourceItem[]): void {
  if (--budget.entries < 0) return;
  const name = path.slice(path.lastIndexOf('!') + 1);
  if (isArchivePath(name)) {
    if (depth >= MAX_DEPTH) out.push({ ...base, path, skipped: `archive nested deeper than ${MAX_DEPTH} levels: not scanned`, unscanned: true });
    else expand(path, data, depth + 1, budget, base, out);
    return;
  }
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const text = decodeText(buf);
  if (text === undefined) return;
  out.push({ ...base, path, text });
}

function unzip(path: string, data: Uint8Array, depth: number, budget: Budget, base: Partial<SourceItem>, out: SourceItem[]): void {
  const { unzipSync } = lazyRequire<typeof import('fflate')>('fflate');
  const refused: string[] = [];
  let count = 0;
  // The filter sees each entry's header before anything is inflated: sizes and ratios are checked there.
  const files = unzipSync(data, {
    filter: (f) => {
      if (f.name.endsWith('/')) return false;
      if (++count > budget.entries) return false;
      if (f.originalSize > MIN_BOMB_SIZE && f.originalSize > f.size * MAX_RATIO) {
        refused.push(`${f.name} (${formatBytes(f.originalSize)} from ${formatBytes(f.size)}: a zip bomb)`);
        return false;
      }
      if (f.originalSize > budget.bytes) {
        refused.push(`${f.name} (${formatBytes(f.originalSize)}: over what one archive may unpack)`);
        return false;
      }
      budget.bytes -= f.originalSize;
      return true;
    },
  });
  if (count > budget.entries) out.push({ ...base, path, skipped: `more than ${MAX_ENTRIES} entries: the rest not scanned`, unscanned: true });
  for (const r of refused) out.push({ ...base, path: `${path}!${r.slice(0, r.indexOf(' ('))}`, skipped: `not unpacked: ${r.slice(r.indexOf(' (') + 2, -1)}`, unscanned: true });
  for (const [name, content] of Object.entries(files)) entry(`${path}!${name}`, content, depth, budget, base, out);
}

/** A gzip stream's size is in its last four bytes (mod 4 GiB): checked before inflating a byte. */
function gunzip(data: Uint8Array, budget: Budget): Uint8Array | string {
  if (data.length < 18) return 'unreadable archive (truncated gzip): not scanned';
  const size = (data[data.length - 4]! | (data[data.length - 3]! << 8) | (data[data.length - 2]! << 16) | (data[data.length - 1]! << 24)) >>> 0;
  if (size > MIN_BOMB_SIZE && size > data.length * MAX_RATIO) return `not unpacked: ${formatBytes(size)} from ${formatBytes(data.length)} (a gzip bomb)`;
  if (size > budget.bytes) return `not unpacked: ${formatBytes(size)} is over what one archive may unpack`;
  budget.bytes -= size;
  const { gunzipSync } = lazyRequire<typeof import('fflate')>('fflate');
  return gunzipSync(data);
}

function untar(path: string, data: Uint8Array, depth: number, budget: Budget, base: Partial<SourceItem>, out: SourceItem[]): void {
  const { parseTar } = lazyRequire<typeof import('nanotar')>('nanotar');
  for (const e of parseTar(data)) {
    if (e.type !== 'file' || !e.data) continue;
    entry(`${path}!${e.name}`, e.data, depth, budget, base, out);
  }
}
