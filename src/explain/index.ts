import { promises as fsp } from 'node:fs';
import { resolve } from 'node:path';
import type { Config } from '../config/schema.js';
import { pathMatcher } from '../config/schema.js';
import type { DroppedCandidate } from '../detect/engine.js';
import { isBlocking, type Finding } from '../detect/types.js';
import { LeakguardError } from '../errors.js';
import { fingerprintsOf } from '../detect/fingerprint.js';
import { findAgain } from '../find-again.js';
import { createScanner } from '../pipeline.js';
import { weighAcrossFiles } from '../cross-file-evidence.js';
import { LocalStackCredentials } from '../detect/local-stack-credentials.js';
import { repositoryReader } from '../sources/repository.js';

/**
 * `leakguard explain`: the evidence behind a verdict, for one line or one finding. Every candidate
 * a rule matched is listed with what decided it: it blocks (and why nothing demoted it), it warns (and
 * which evidence made it a warning), or it was dropped (which check dropped it). Secrets appear only
 * as their redacted preview.
 */
export interface Explanation {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  preview: string;
  verdict: 'blocks' | 'warning' | 'dropped' | 'known';
  /** For a warning: its reason ("test fixture", "suppressed on the line (#nosec)"…). */
  reason?: string;
  fingerprint?: string;
  commit?: string;
  why: string[];
}

/** Every candidate on one line of a working-tree file, kept or dropped, with its evidence. */
export async function explainLine(root: string, config: Config, path: string, line: number, known: Set<string>): Promise<Explanation[]> {
  const rel = path.replace(/^\.\//, '');
  if (config.allow.paths.length && pathMatcher(config.allow.paths)(rel)) {
    return [{ file: rel, line, column: 0, ruleId: '-', preview: '', verdict: 'dropped', why: [`the path is allowed by "allow.paths" in ${config.source ?? 'the config'}: it is not scanned`] }];
  }
  let text: string;
  try {
    text = await fsp.readFile(resolve(root, rel), 'utf8');
  } catch (e) {
    throw new LeakguardError(`explain: cannot read ${rel}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const dropped: DroppedCandidate[] = [];
  const scanner = createScanner(config, undefined, (d) => void (d.line === line && dropped.push(d)));
  const found = scanner.scan({ path: rel, text }).filter((f) => f.line === line);
  // Evidence across files, as a scan weighs it (a scanner without the trace: other files' candidates are not this line's).
  if (found.some((f) => f.warning === undefined)) await weighAcrossFiles(found, new LocalStackCredentials(), createScanner(config), repositoryReader(root, 'tree'));
  return [...found.map((f) => fromFinding(f, config, known)), ...dropped.map((d) => ({ file: rel, line: d.line, column: d.column, ruleId: d.ruleId, preview: d.preview, verdict: 'dropped' as const, why: [d.why] }))].sort(
    (a, b) => a.column - b.column,
  );
}

/** A finding by its fingerprint: the working tree first, then (with history) every commit. */
export async function explainFingerprint(root: string, config: Config, fingerprint: string, history: boolean, known: Set<string>): Promise<Explanation | undefined> {
  const [f] = await findAgain(root, config, (x) => fingerprintsOf(x).includes(fingerprint), history);
  return f && fromFinding(f, config, known);
}

function fromFinding(f: Finding, config: Config, known: Set<string>): Explanation {
  const base = { file: f.file, line: f.line, column: f.column, ruleId: f.ruleId, preview: f.preview, fingerprint: f.fingerprint, ...(f.commit ? { commit: f.commit } : {}) };
  const why = [...(f.why ?? [`rule ${f.ruleId} matched`])];
  if (known.has(f.fingerprint)) return { ...base, verdict: 'known', why: [...why, 'known: listed in the baseline or .leakguardignore, so it is not reported'] };
  if (f.warning) return { ...base, verdict: 'warning', reason: f.warning, why };
  if (!isBlocking(f, config.failOn)) return { ...base, verdict: 'warning', reason: 'below the fail-on level', why: [...why, `warning: ${f.confidence} confidence is below "failOn": "${config.failOn}"`] };
  return { ...base, verdict: 'blocks', why };
}
