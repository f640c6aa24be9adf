import { movedKey, valueId } from './config/baseline.js';
import { mark, note } from './timing.js';
import type { GitleaksIgnore } from './config/gitleaks.js';
import type { IgnoreList } from './config/ignore-file.js';
import type { Config } from './config/schema.js';
import { pathMatcher } from './config/schema.js';
import { FileOverrides } from './config/overrides.js';
import { CONFIDENCE_ORDER } from './detect/types.js';
import { Scanner, makeFinding, type ScannerOptions } from './detect/engine.js';
import { fingerprintsOf } from './detect/fingerprint.js';
import type { Finding, Rule } from './detect/types.js';
import { allBuiltinRules, familyNames, familyRules, matchFileRule, type FileRule } from './rules/index.js';
import { FamilySelector } from './rules/select.js';
import { exampleKindOfPath, type WarningReason } from './detect/demote.js';
import { windows } from './detect/windows.js';
import { baseName } from './detect/file-kind.js';
import { isMessagePath, type SourceItem } from './sources/types.js';
import { LocalStackCredentials } from './detect/local-stack-credentials.js';
import type { RepositoryReader } from './sources/repository.js';
import { weighAcrossFiles } from './cross-file-evidence.js';

export interface Skipped {
  path: string;
  reason: string;
  /** Text that could hold a secret went unread (too large, unreadable, a broken archive); hook modes fail closed. */
  unscanned?: boolean;
  commit?: string;
}

export interface ScanResult {
  findings: Finding[];
  skipped: Skipped[];
  /** Files (or staged file changes) looked at, including skipped ones. */
  files: number;
  /** Bytes of text scanned. */
  bytes: number;
  /** Findings dropped because `.leakguardignore` or a baseline lists them. */
  ignored: number;
}

export interface PipelineOptions {
  config: Config;
  /** Fingerprints to drop (ignore file, baseline). */
  ignore?: Set<string>;
  /** Findings to drop by location, from a .gitleaksignore. */
  ignoreLocations?: GitleaksIgnore[];
  /** Check file names against the sensitive-file rules (on for staged and file scans). */
  fileRules?: boolean;
  /**
   * Build only the catalog families the texts need (rules/select.ts): same findings, less start-up. For short
   * runs (a commit hook): the texts are read ahead to choose, up to AS_NEEDED_BYTES; past that, the whole
   * catalog, as for a long scan, where choosing (a second keyword pass over each text) costs more than it saves.
   */
  rulesAsNeeded?: boolean;
  /** With rulesAsNeeded: called with the texts' size when the read-ahead held them all (a short run). */
  onReadAll?: (bytes: number) => void;
  /**
   * The repository beyond the scanned texts, read only when a finding blocks that evidence across files could
   * demote (cross-file-evidence.ts): a staged change sees only what it changes.
   */
  repository?: RepositoryReader;
}

/**
 * The same secret in the same file, added again by several commits (a revert,
 * a cherry-pick, a re-added file), is one leak: report it once, at the commit
 * that introduced it. `git log` lists newest first, so the last one seen is
 * the oldest.
 */
function collapseAcrossCommits(findings: Finding[]): Finding[] {
  if (!findings.some((f) => f.commit)) return findings;
  const byFingerprint = new Map<string, Finding>();
  const commits = new Map<string, string[]>();
  for (const f of findings) {
    byFingerprint.delete(f.fingerprint); // re-insert so order follows the oldest occurrence
    byFingerprint.set(f.fingerprint, f);
    const list = commits.get(f.fingerprint) ?? [];
    if (f.commit) list.push(f.commit);
    commits.set(f.fingerprint, list);
  }
  return [...byFingerprint.values()].reverse().map((f) => {
    const all = commits.get(f.fingerprint)!;
    if (all.length > 1) {
      f.occurrences = all.length;
      f.alsoIn = all.filter((c) => c !== f.commit).slice(0, 20);
    }
    return f;
  });
}

function fileFinding(fr: FileRule, path: string, warning?: WarningReason): Finding {
  const rule = { ...fr, provider: 'Sensitive file', confidence: 'high' as const };
  const name = baseName(path);
  const finding = makeFinding(rule, { path }, `file:${path}`, 0, 0, '');
  // The file name is the evidence here, and it is not secret.
  finding.preview = name;
  finding.context = `${name}: this kind of file should never be committed`;
  const why = warning ?? exampleKindOfPath(path);
  if (why) finding.warning = why;
  return finding;
}

/** A file finding from a history scan carries its commit, as content findings do (purge, replay, `alsoIn`). */
function inCommit(f: Finding, item: SourceItem): Finding {
  if (item.commit) Object.assign(f, { commit: item.commit, author: item.author, date: item.date });
  return f;
}

/** The same finding seen twice where two windows of a large file overlap (or a large file arrives in pieces). */
function withoutRepeats(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}\0${f.file}\0${f.line}\0${f.commit ?? ''}\0${f.secret ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * One secret, one finding: the same value found by the same rule in several
 * files (a vendored bundle copied into every release folder, a fixture shared
 * by tests) is reported once, at its first place (a blocking one if any), with
 * the others listed. Each place keeps its own fingerprint for baselines.
 */
function collapseAcrossFiles(findings: Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.line === 0 || f.secret === undefined) {
      groups.set(`\0${groups.size}`, [f]);
      continue;
    }
    const key = `${f.ruleId}\0${f.secret}`;
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
  }
  const out: Finding[] = [];
  for (const g of groups.values()) {
    if (g.length === 1) {
      out.push(g[0]!);
      continue;
    }
    const primary = g.find((f) => f.warning === undefined) ?? g[0]!;
    primary.locations = g.filter((f) => f !== primary).map((f) => ({ file: f.file, line: f.line, ...(f.commit ? { commit: f.commit } : {}), fingerprint: f.fingerprint }));
    out.push(primary);
  }
  return out;
}

/**
 * The active rule set: built-ins (all, or the given families') minus disabled ones, plus the user's. With
 * overrides, also what any override turns back on or adds; the pipeline narrows findings per file.
 */
export function activeRules(config: Config, families?: number[]): Rule[] {
  const disabled = new Set(config.disabledRules);
  const extra: Rule[] = [];
  if (config.overrides.length) {
    for (const id of FileOverrides.widest(config).enabled) disabled.delete(id);
    for (const o of config.overrides) extra.push(...o.rules);
  }
  const builtin = families ? families.flatMap((f) => familyRules(f)) : allBuiltinRules();
  return [...builtin, ...config.rules, ...extra].filter((r) => !disabled.has(r.id));
}

/** A scanner for the active rules; with families, only those families' built-in rules (rules/select.ts). */
export function createScanner(config: Config, families?: number[], trace?: ScannerOptions['trace']): Scanner {
  const values = new Set(config.allow.values);
  const { regexes, stopwords, lineRegexes } = config.allow;
  const filtering = values.size || regexes.length || stopwords.length || lineRegexes.length;
  return new Scanner(activeRules(config, families), {
    minConfidence: config.overrides.length ? FileOverrides.widest(config).minConfidence : config.minConfidence,
    ...(config.inlineAllow === false ? { inlineAllow: false } : {}),
    ...(trace ? { trace } : {}),
    keep: filtering
      ? (secret, _rule, _path, line) =>
          !values.has(secret) &&
          !regexes.some((re) => re.test(secret)) &&
          !stopwords.some((w) => secret.toLowerCase().includes(w)) &&
          !lineRegexes.some((re) => re.test(line))
      : undefined,
  });
}

/** A file's findings under its own settings: its disabled rules, its confidence levels, the values it allows. */
function narrowed(found: Finding[], own: import('./config/overrides.js').FileSettings): Finding[] {
  const min = CONFIDENCE_ORDER[own.minConfidence];
  const kept = found.filter((f) => !own.disabled.has(f.ruleId) && CONFIDENCE_ORDER[f.confidence] >= min && !(f.secret !== undefined && own.allowsValue?.(f.secret)));
  if (own.applied.length) for (const f of kept) f.failOn = own.failOn;
  return kept;
}

/**
 * Texts read ahead to choose rule families. Choosing costs a keyword pass over the text, what is saved is fixed
 * (~2.5 ms of building families): on the 2-core machine, medians of 31 interleaved runs, an 8 KB change gained
 * 1.4 ms, 17 KB 0.9 ms, 50 KB lost 0.6 ms. Most commits are smaller than this.
 */
const AS_NEEDED_BYTES = 24 * 1024;

/**
 * Reads items until they hold more than `limit` bytes of text or run out; `items` gives them all again, the
 * ones read and the rest, once. `more`: the limit was passed.
 */
async function readAhead(source: AsyncIterable<SourceItem>, limit: number): Promise<{ read: SourceItem[]; bytes: number; more: boolean; items: AsyncIterable<SourceItem> }> {
  const it = source[Symbol.asyncIterator]();
  const read: SourceItem[] = [];
  let bytes = 0;
  let done = false;
  while (bytes <= limit) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    read.push(r.value);
    bytes += r.value.text?.length ?? 0;
  }
  async function* all(): AsyncGenerator<SourceItem> {
    try {
      yield* read;
      if (done) return;
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    } finally {
      // Stopped early (an error while scanning): let the source clean up (its git process).
      if (!done) await it.return?.();
    }
  }
  return { read, bytes, more: !done, items: all() };
}

/**
 * sources → detect → config filters → result. Pure orchestration: the source
 * decides what text to read, the scanner what is a secret, the config what the
 * user has allowed.
 */
export async function runPipeline(items: AsyncIterable<SourceItem>, opts: PipelineOptions): Promise<ScanResult> {
  const { config } = opts;
  let scanner: Scanner;
  if (opts.rulesAsNeeded) {
    const ahead = await readAhead(items, AS_NEEDED_BYTES);
    if (ahead.more) scanner = createScanner(config);
    else {
      opts.onReadAll?.(ahead.bytes);
      const selector = new FamilySelector();
      for (const item of ahead.read) if (item.text) selector.need(item.text);
      const families = selector.families();
      note('families', `${families.length}/${familyNames.length}`);
      scanner = createScanner(config, families);
    }
    items = ahead.items;
  } else scanner = createScanner(config);
  mark('rules');
  const globAllowed = config.allow.paths.length ? pathMatcher(config.allow.paths) : undefined;
  const { pathRegexes, commits } = config.allow;
  const allowedPath = globAllowed || pathRegexes.length ? (p: string) => !!globAllowed?.(p) || pathRegexes.some((re) => re.test(p)) : undefined;
  const disabled = new Set(config.disabledRules);
  const overrides = config.overrides.length ? new FileOverrides(config) : undefined;
  const result: ScanResult = { findings: [], skipped: [], files: 0, bytes: 0, ignored: 0 };
  const stack = new LocalStackCredentials();
  for await (const item of items) {
    if (!item.continuation) result.files++;
    if (allowedPath?.(item.path)) continue;
    if (item.commit && commits.length && commits.some((c) => item.commit!.startsWith(c))) continue;
    // A monorepo package's own settings (commit and tag messages are not files: the top level decides).
    const own = overrides && !isMessagePath(item.path) ? overrides.for(item.path) : undefined;
    if (own?.pathAllowed) continue;
    // Text files are judged by what they hold; the name decides for the rest.
    const fr = opts.fileRules !== false && !item.symlink ? matchFileRule(item.path) : undefined;
    const byName = fr && !(own?.disabled ?? disabled).has(fr.id) ? fr : undefined;
    if (byName && (byName.byName || item.skipped !== undefined)) result.findings.push(inCommit(fileFinding(byName, item.path), item));
    if (item.skipped !== undefined) {
      result.skipped.push({ path: item.path, reason: item.skipped, ...(item.unscanned ? { unscanned: true } : {}), ...(item.commit ? { commit: item.commit } : {}) });
      continue;
    }
    if (!item.text) continue;
    result.bytes += item.text.length;
    const chunk = {
      path: item.path,
      text: item.text,
      ...(item.lineNumbers ? { lineNumbers: item.lineNumbers } : {}),
      ...(item.firstLine ? { firstLine: item.firstLine } : {}),
      ...(item.commit ? { commit: item.commit } : {}),
    };
    let found: Finding[] = [];
    for (const w of windows(chunk)) found.push(...scanner.scan(w));
    if (own && found.length) found = narrowed(found, own);
    if (byName?.warnWhenClean && !byName.byName && found.length === 0) result.findings.push(inCommit(fileFinding(byName, item.path, byName.cleanWarning ?? 'holds no secret yet'), item));
    if (item.commit) for (const f of found) Object.assign(f, { author: item.author, date: item.date });
    stack.add(item.path, item.text, found);
    result.findings.push(...found);
  }
  await weighAcrossFiles(result.findings, stack, scanner, opts.repository);
  result.findings = collapseAcrossFiles(collapseAcrossCommits(withoutRepeats(result.findings)));
  if (opts.ignore?.size || opts.ignoreLocations?.length || (opts.ignore as IgnoreList | undefined)?.expired?.size) {
    const before = result.findings.length;
    result.findings = withoutKnown(result.findings, opts.ignore, opts.ignoreLocations);
    result.ignored = before - result.findings.length;
  }
  return result;
}

/**
 * Findings not known: a finding with several places is known when every place is; a baselined value
 * whose file is gone (git mv) is known by its value (config/baseline.ts movedKey). A finding an expired
 * `.leakguardignore` entry allowed stays, marked with that entry, so the message can name it.
 */
export function withoutKnown(findings: Finding[], ignore?: Set<string>, at: GitleaksIgnore[] = []): Finding[] {
  const moves = ignore ? [...ignore].some((k) => k.startsWith('moved:')) : false;
  const known = (f: Finding) =>
    fingerprintsOf(f).every((fp) => ignore?.has(fp)) || (moves && f.secret !== undefined && ignore!.has(movedKey(f.ruleId, valueId(f.ruleId, f.secret))));
  const kept = findings.filter(
    (f) => !known(f) && !at.some((g) => g.file === f.file && g.ruleId === f.ruleId && g.line === f.line && (!g.commit || !!f.commit?.startsWith(g.commit))),
  );
  const expired = (ignore as IgnoreList | undefined)?.expired;
  if (expired?.size) {
    for (const f of kept) {
      const entry = fingerprintsOf(f).map((fp) => expired.get(fp)).find(Boolean);
      if (entry) f.allowExpired = { line: entry.line, until: entry.until!, ...(entry.by ? { by: entry.by } : {}), ...(entry.reason ? { reason: entry.reason } : {}) };
    }
  }
  return kept;
}
