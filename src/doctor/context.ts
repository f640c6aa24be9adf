import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config/schema.js';
import { isCodeFile } from '../detect/file-kind.js';
import { git } from '../git/run.js';
import { looksBinary } from '../sources/binary.js';
import { loadKnown } from '../config/load.js';
import { runPipeline, withoutKnown, type ScanResult } from '../pipeline.js';
import { filesSource } from '../sources/files.js';
import type { IgnoreList } from '../config/ignore-file.js';
import { commitsSource } from '../sources/commits.js';
import { parseDotenv, type EnvEntry } from '../dotenv-file.js';

export type { EnvEntry } from '../dotenv-file.js';

const MAX_READ = 2 * 1024 * 1024;

/**
 * What the checks look at, read once: tracked and untracked-but-not-ignored
 * files, dotenv files (including ignored ones: .env is supposed to be
 * ignored), and code files. Reads are cached; nothing is written.
 */
export class DoctorContext {
  readonly root: string;
  readonly config: Config;
  readonly history: boolean;
  /** `doctor --verify`: providers may be asked whether leaked credentials still work. */
  readonly verify: boolean;
  private files?: string[];
  private readonly cache = new Map<string, string | undefined>();
  private historyScan?: Promise<ScanResult>;
  private treeScan?: Promise<ScanResult>;
  private knownList?: Promise<IgnoreList>;
  private anyCommit?: Promise<boolean>;

  constructor(root: string, config: Config, history: boolean, verify = false) {
    this.root = root;
    this.config = config;
    this.history = history;
    this.verify = verify;
  }

  /** Every commit of every ref, scanned once for all checks, known findings included (the allow-entries check needs them). */
  historyScanAll(): Promise<ScanResult> {
    this.historyScan ??= runPipeline(commitsSource(this.root, ['--all'], this.config.maxFileSize), { config: this.config });
    return this.historyScan;
  }

  /** The working tree, scanned once, known findings included. */
  treeScanAll(): Promise<ScanResult> {
    this.treeScan ??= runPipeline(filesSource(this.root, ['.'], { useGit: true, maxBytes: this.config.maxFileSize }), { config: this.config });
    return this.treeScan;
  }

  /** Whether any ref has a commit (a new repository has none, and its history is n/a). */
  async hasCommits(): Promise<boolean> {
    this.anyCommit ??= git(['rev-list', '-n1', '--all'], { cwd: this.root }).then((b) => b.toString('utf8').trim() !== '');
    return this.anyCommit;
  }

  /** `.leakguardignore` and the baseline, read once. */
  known(): Promise<IgnoreList> {
    this.knownList ??= loadKnown(this.root);
    return this.knownList;
  }

  /** The history's findings, baselined and ignored ones left out. */
  historyFindings(): Promise<ScanResult> {
    return this.withoutKnown(this.historyScanAll());
  }

  /** The working tree's findings, baselined and ignored ones left out. */
  treeFindings(): Promise<ScanResult> {
    return this.withoutKnown(this.treeScanAll());
  }

  private async withoutKnown(scan: Promise<ScanResult>): Promise<ScanResult> {
    const r = await scan;
    const findings = withoutKnown(r.findings, await this.known());
    return { ...r, findings, ignored: r.findings.length - findings.length };
  }

  /** Files git tracks or would track (not ignored). */
  async listFiles(): Promise<string[]> {
    if (!this.files) {
      const out = await git(['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate'], { cwd: this.root });
      this.files = out.toString('utf8').split('\0').filter(Boolean);
    }
    return this.files;
  }

  async codeFiles(): Promise<string[]> {
    return (await this.listFiles()).filter((f) => isCodeFile(f) && !/(^|\/)(node_modules|vendor|dist|build)\//.test(f) && !/\.min\.js$/.test(f));
  }

  /** Dotenv files at the root, ignored or not: .env, .env.local, .env.production… */
  async envFiles(): Promise<string[]> {
    const out = await git(['ls-files', '-z', '--cached', '--others', '--', '.env', '.env.*', '*/.env', '*/.env.*'], { cwd: this.root });
    const names = new Set(out.toString('utf8').split('\0').filter(Boolean));
    return [...names].filter((n) => /(^|\/)\.env(\.[\w.-]+)?$/.test(n) && !/(^|\/)node_modules\//.test(n)).sort();
  }

  read(path: string): string | undefined {
    if (this.cache.has(path)) return this.cache.get(path);
    let text: string | undefined;
    try {
      const abs = join(this.root, path);
      if (statSync(abs).size <= MAX_READ) {
        const buf = readFileSync(abs);
        text = looksBinary(buf) ? undefined : buf.toString('utf8');
      }
    } catch {
      text = undefined;
    }
    this.cache.set(path, text);
    return text;
  }

  readEnv(path: string): EnvEntry[] {
    const text = this.read(path);
    return text === undefined ? [] : parseDotenv(text);
  }
}

export const isExampleEnv = (path: string) => /\.(example|sample|template|dist|defaults|schema)$/.test(path);
