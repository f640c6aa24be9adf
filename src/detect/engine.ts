import { insideEmbeddedData } from './embedded-data.js';
import { decodedViews } from './decode.js';
import type { WarningReason } from './demote.js';
import { decideVerdict } from './verdict-table.js';
import { fingerprint } from './fingerprint.js';
import { isExampleValue } from './placeholders.js';
import { KeywordMatcher } from './prefilter.js';
import { readsAsWords, shannonEntropy } from './randomness.js';
import { redact, redactLine } from './redact.js';
import { CONFIDENCE_ORDER, type Chunk, type Confidence, type Finding, type Rule } from './types.js';

/** What the caller decides about a candidate after the rule accepted it (config allowlists). */
export type SecretFilter = (secret: string, rule: Rule, path: string, line: string) => boolean;

export interface ScannerOptions {
  /** Drop findings below this confidence. */
  minConfidence?: Confidence;
  /** Return false to allow (drop) a candidate. */
  keep?: SecretFilter;
  /** False: no inline marker (ours or another scanner's) allows or demotes anything (`--no-inline-allow`, for an audit). */
  inlineAllow?: boolean;
  /** Told of every candidate dropped and why, in words (`leakguard explain`); never on the hook's path. */
  trace?: (dropped: DroppedCandidate) => void;
}

/** A match the scanner did not report, and the evidence that dropped it. */
export interface DroppedCandidate {
  ruleId: string;
  /** Redacted, as everywhere. */
  preview: string;
  line: number;
  column: number;
  why: string;
}

/** Inline suppression markers; gitleaks' and detect-secrets' are honoured so migrating needs no edits. */
const ALLOW_MARKER = /leakguard:allow|gitleaks:allow|pragma: allowlist secret/;

/**
 * Families recognised by shape, not by a provider's format: their matches in
 * tests and documentation are examples far more often than leaks.
 */
// 'Webhooks': a signing secret known only by the name it is assigned to (`signing_secret = …`), no format of its own.
const SHAPE_PROVIDERS = new Set(['Generic', 'Private key', 'JWT', 'Kubernetes', 'htpasswd', 'Password hash', 'netrc', 'Webhooks']);

/** The secret without the rule's keywords in it (a format's fixed prefix or suffix). */
function withoutKeywords(secret: string, keywords: readonly string[]): string {
  let out = secret;
  for (const k of keywords) {
    const at = out.toLowerCase().indexOf(k);
    if (at >= 0) out = out.slice(0, at) + ' ' + out.slice(at + k.length);
  }
  return out;
}

/** Lines longer than this are minified or data; line-scoped detectors skip past it. */
const MAX_LINE_FOR_GENERIC = 4096;

/**
 * The detection engine. Built once per rule set; `scan` is pure and reentrant.
 *
 * Order of work per chunk, cheapest first: one keyword pass (Aho–Corasick) picks
 * the rules that can match; only those run their regex, over the whole chunk
 * (`text` rules) or over just the lines holding a keyword (`line` rules); then
 * each candidate goes through the rule's own checks and the caller's allowlist.
 */
export class Scanner {
  readonly rules: Rule[];
  private readonly matcher: KeywordMatcher;
  /** keyword id → indexes of rules that use it */
  private readonly rulesByKeyword: number[][];
  private readonly alwaysOn: number[];
  private readonly pathGated: number[];
  private readonly lineScoped: boolean[];
  private readonly anchored: boolean[];
  private readonly anchorOffset: Int32Array;
  private readonly demotable: Set<Rule>;
  private readonly demotableInComments: Set<Rule>;
  private readonly keywordLength: Int32Array;
  private readonly sticky = new Map<Rule, RegExp>();
  /** Each rule's keyword ids; rules that share a keywords array share this array too. */
  private readonly ruleKeywordIds: Int32Array[];
  /** Catalog position: earlier rules are more specific and win ties. */
  private readonly order: Map<string, number>;
  private readonly options: ScannerOptions;
  /** scanText's tables, reused from text to text (see there). */
  private readonly hitsByKw: (number[] | undefined)[];
  private readonly triggered: Uint8Array;
  private readonly masks = new Map<Int32Array, Uint8Array>();

  constructor(rules: Rule[], options: ScannerOptions = {}) {
    this.rules = rules;
    this.options = options;
    const ids = new Map<string, number>();
    const byKeyword: number[][] = [];
    const alwaysOn: number[] = [];
    // Rules' regexes are not touched here (built-in ones compile on first use);
    // the catalog test checks they are global.
    rules.forEach((rule, ri) => {
      if (rule.keywords.length === 0) alwaysOn.push(ri);
      for (const k of rule.keywords) {
        const key = k.toLowerCase();
        let id = ids.get(key);
        if (id === undefined) {
          id = ids.size;
          ids.set(key, id);
          byKeyword.push([]);
        }
        byKeyword[id]!.push(ri);
      }
    });
    this.matcher = new KeywordMatcher([...ids.keys()]);
    this.rulesByKeyword = byKeyword;
    this.alwaysOn = alwaysOn;
    this.pathGated = rules.flatMap((r, ri) => (r.appliesTo ? [ri] : []));
    this.lineScoped = rules.map((r) => r.scope === 'line');
    this.anchored = rules.map((r) => r.anchored === true && r.scope !== 'line');
    this.anchorOffset = Int32Array.from(rules, (r) => r.anchorOffset ?? 0);
    this.demotable = new Set(rules.filter((r) => r.demoteInExamples ?? SHAPE_PROVIDERS.has(r.provider)));
    this.demotableInComments = new Set(rules.filter((r) => r.demoteInComments ?? this.demotable.has(r)));
    this.keywordLength = Int32Array.from([...ids.keys()], (k) => k.length);
    const byArray = new Map<string[], Int32Array>();
    this.ruleKeywordIds = rules.map((r) => {
      let a = byArray.get(r.keywords);
      if (!a) {
        a = Int32Array.from(new Set(r.keywords.map((k) => ids.get(k.toLowerCase())!)));
        byArray.set(r.keywords, a);
      }
      return a;
    });
    this.order = new Map(rules.map((r, ri) => [r.id, ri]));
    this.hitsByKw = new Array<number[] | undefined>(ids.size);
    this.triggered = new Uint8Array(rules.length);
  }

  /** Whether a rule (by id) is a shape rule, judged by where its value sits (verdict-table.ts). */
  isShapeRule(id: string): boolean {
    const i = this.order.get(id);
    return i !== undefined && this.demotable.has(this.rules[i]!);
  }

  scan(chunk: Chunk): Finding[] {
    const found = this.scanText(chunk);
    const views = decodedViews(chunk.text);
    if (views.length === 0) return found;
    // Findings in decoded views are reported at the encoded original.
    const lines = chunk.text.split('\n');
    const seen = new Set(found.map((f) => `${f.line}\0${f.secret}`));
    for (const v of views) {
      const lineNo = chunk.lineNumbers?.[v.line] ?? v.line + (chunk.firstLine ?? 1);
      for (const f of this.scanText({ path: chunk.path, text: v.text })) {
        const key = `${lineNo}\0${f.secret}`;
        if (seen.has(key) || (v.encoding === 'percent' && found.some((g) => g.line === lineNo))) continue;
        seen.add(key);
        // The decoded finding says more than one about the encoded blob it came from, unless it is only a
        // warning and the blob blocks (`key: <base64>` in a Secret: a bare "key" warns, the Secret's data blocks).
        const blob = found.findIndex((g) => g.line === lineNo && g.secret === v.encoded);
        if (blob >= 0 && f.warning !== undefined && found[blob]!.warning === undefined) continue;
        if (blob >= 0) found.splice(blob, 1);
        const original = (lines[v.line] ?? '').replace(/\r$/, '');
        f.line = lineNo;
        f.column = v.column + 1;
        // Base64: the original line with the encoded blob masked. Percent-encoding can
        // spell the secret many ways (%40 or %4a, encoded or bare letters), so masking
        // a re-encoding of it in the original could miss: show the decoded line,
        // already masked by the scan of the view.
        f.context = `${v.encoded ? redactLine(original, v.encoded, v.column + 1) : f.context} (${v.encoding}-decoded)`;
        if (chunk.commit) f.commit = chunk.commit;
        found.push(f);
      }
    }
    return found.sort((a, b) => a.line - b.line || a.column - b.column);
  }

  private scanText(chunk: Chunk): Finding[] {
    const { text } = chunk;
    if (text.length === 0) return [];
    // The per-text tables are the scanner's own, cleared after use (even when a rule throws): a
    // history scan calls this tens of thousands of times on a few lines each, and allocating them
    // each time (a 549-slot array, a 271-byte mask) was a tenth of its cost. Nothing a rule runs can
    // reach the scanner, so a text is never scanned inside another.
    const touched: number[] = [];
    try {
      return this.scanWith(chunk, this.hitsByKw, this.triggered, touched);
    } finally {
      for (const kw of touched) this.hitsByKw[kw] = undefined;
      this.triggered.fill(0);
    }
  }

  private scanWith(chunk: Chunk, hitsByKw: (number[] | undefined)[], triggered: Uint8Array, touched: number[]): Finding[] {
    const { text } = chunk;
    // One push per keyword occurrence (the hot path): which rules those
    // keywords trigger, and where, is worked out afterwards, once per keyword
    // set (the generic detectors share theirs).
    this.matcher.scan(text, (kw, end) => {
      const list = hitsByKw[kw];
      if (list === undefined) {
        hitsByKw[kw] = [end];
        touched.push(kw);
      } else list.push(end);
    });
    // The rules to try, listed as they are marked: a history scan meets tens of thousands of small texts,
    // each triggering a handful of the ~270 rules, and walking all of them per text was ~5% of its CPU.
    const run: number[] = [];
    for (const ri of this.alwaysOn) if (triggered[ri] === 0) (triggered[ri] = 1), run.push(ri);
    for (const kw of touched) for (const ri of this.rulesByKeyword[kw]!) if (triggered[ri] === 0) (triggered[ri] = 1), run.push(ri);
    if (run.length === 0) return [];
    for (const ri of this.gatedFor(chunk.path)) triggered[ri] = 0;
    sortAscending(run);
    const lines = new LineIndex(text);
    const found: Finding[] = [];
    const linesBySet = new Map<Int32Array, ArrayLike<number>>();
    const linesByKw: (number[] | undefined)[] = [];
    for (const ri of run) {
      if (!triggered[ri]) continue;
      const rule = this.rules[ri]!;
      const kwIds = this.ruleKeywordIds[ri]!;
      if (this.lineScoped[ri]) {
        let lineList = linesBySet.get(kwIds);
        if (!lineList) {
          lineList = linesOfSet(this.maskOf(kwIds), touched, hitsByKw, linesByKw, lines);
          linesBySet.set(kwIds, lineList);
        }
        for (let i = 0; i < lineList.length; i++) {
          const li = lineList[i]!;
          const lineText = lines.text(li);
          if (lineText.length > MAX_LINE_FOR_GENERIC) continue;
          this.runRegex(rule, lineText, lines.start(li), chunk, lines, found);
        }
      } else if (this.anchored[ri]) {
        // Anchored rules are tried where a keyword starts, in text order.
        const starts: number[] = [];
        const offset = this.anchorOffset[ri]!;
        for (const kw of kwIds) {
          for (const end of hitsByKw[kw] ?? []) {
            const start = end - this.keywordLength[kw]! + offset;
            if (start >= 0) starts.push(start);
          }
        }
        if (kwIds.length > 1) starts.sort((a, b) => a - b);
        this.runAnchored(rule, text, starts, chunk, lines, found);
      } else {
        this.runRegex(rule, text, 0, chunk, lines, found);
      }
    }
    return dedupe(found, this.order);
  }

  /** A keyword set as a mask over keyword ids, made on first use (the hook meets few sets). */
  private maskOf(kwIds: Int32Array): Uint8Array {
    let mask = this.masks.get(kwIds);
    if (!mask) {
      mask = new Uint8Array(this.keywordLength.length);
      for (const kw of kwIds) mask[kw] = 1;
      this.masks.set(kwIds, mask);
    }
    return mask;
  }

  /** Rules whose `appliesTo` excludes this path. */
  private gatedFor(path: string): number[] {
    return this.pathGated.filter((ri) => !this.rules[ri]!.appliesTo!(path));
  }

  private runRegex(rule: Rule, haystack: string, base: number, chunk: Chunk, lines: LineIndex, out: Finding[]): void {
    const re = rule.regex;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(haystack)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (this.accept(rule, m, base, chunk, lines, out) || !rule.retryInside) continue;
      // A rejected pair may hold an accepted one: `"config.ini": "API_TOKEN=…\nDEBUG=1"`. Look again from
      // where its value starts (past the name, so the scan still moves forward), when the value holds an
      // assignment at all.
      const secret = secretOf(rule, m);
      if (!secret || (secret.indexOf('=') < 0 && secret.indexOf(':') < 0)) continue;
      const at = m[0].lastIndexOf(secret);
      if (at > 0) re.lastIndex = m.index + at;
    }
  }

  /**
   * Anchored rules match only where one of their keywords starts (a token's
   * fixed prefix), so instead of searching the whole text the regex is tried,
   * sticky, at each keyword occurrence: the cost follows the number of
   * occurrences, not the size of the file.
   */
  private runAnchored(rule: Rule, text: string, starts: number[], chunk: Chunk, lines: LineIndex, out: Finding[]): void {
    let re = this.sticky.get(rule);
    if (!re) {
      re = new RegExp(rule.regex.source, rule.regex.flags.replace('g', '') + 'y');
      this.sticky.set(rule, re);
    }
    let last = -1;
    for (const start of starts) {
      if (start < last) continue; // inside the previous match
      re.lastIndex = start;
      const m = re.exec(text);
      if (m === null || m[0].length === 0) continue;
      last = start + m[0].length;
      this.accept(rule, m, 0, chunk, lines, out);
    }
  }

  /** Checks a candidate and records it; false when it was rejected. */
  private accept(rule: Rule, m: RegExpExecArray, base: number, chunk: Chunk, lines: LineIndex, out: Finding[]): boolean {
    const secret = secretOf(rule, m);
    if (secret === undefined || secret.length === 0) return false;
    // The secret sits at the end of most patterns (`name = value`), so search from there.
    const { minConfidence, keep, trace } = this.options;
    const offsetInMatch = rule.reportAt === 'match' ? 0 : m[0].lastIndexOf(secret);
    const at = base + m.index + Math.max(0, offsetInMatch);
    const li = lines.lineOf(at);
    // Said only when explaining: one branch per rejection, and nothing is built (not even a closure) unless asked.
    if (minConfidence && CONFIDENCE_ORDER[rule.confidence] < CONFIDENCE_ORDER[minConfidence]) return trace ? this.dropped(trace, rule, secret, chunk, lines, li, at, `below the minimum confidence (${minConfidence})`) : false;
    const lineText = lines.text(li);
    // Cheapest and most selective checks first: generic rules reject most
    // candidates in `validate`, provider rules rarely match at all.
    if (rule.entropy !== undefined && shannonEntropy(secret) < rule.entropy) return trace ? this.dropped(trace, rule, secret, chunk, lines, li, at, `too regular to be random (entropy under ${rule.entropy} bits a character)`) : false;
    if (rule.validate && !rule.validate(secret, { path: chunk.path, line: lineText, match: m })) return trace ? this.dropped(trace, rule, secret, chunk, lines, li, at, `the rule's own checks: ${rule.explainRejection?.(secret, { path: chunk.path, line: lineText, match: m })?.replace(/^no: /, '') ?? 'not this format, or a reference, placeholder, name or other value that is no secret'}`) : false;
    if ((!rule.ownExampleCheck && isExampleValue(secret)) || rule.examples?.includes(secret)) return trace ? this.dropped(trace, rule, secret, chunk, lines, li, at, 'a documented example value') : false;
    if (insideEmbeddedData(chunk, at)) return trace ? this.dropped(trace, rule, secret, chunk, lines, li, at, 'inside an inlined file (a data: URI in base64: an image or a font)') : false;
    // A provider format spelled in words past its own prefix is a stand-in (generic secrets, chosen by people,
    // may be words; some formats' prefixes are words: `access_token$production$`).
    if (rule.provider !== 'Generic' && readsAsWords(withoutKeywords(secret, rule.keywords))) return trace ? this.dropped(trace, rule, secret, chunk, lines, li, at, 'spelled in words past its prefix: a stand-in, not a token') : false;
    const inlineAllow = this.options.inlineAllow !== false;
    if (inlineAllow && ALLOW_MARKER.test(lineText)) return trace ? this.dropped(trace, rule, secret, chunk, lines, li, at, `allowed on the line (${ALLOW_MARKER.exec(lineText)![0]})`) : false;
    if (keep && !keep(secret, rule, chunk.path, lineText)) return trace ? this.dropped(trace, rule, secret, chunk, lines, li, at, 'allowed by the config (allow.values, allow.regexes, stopwords or line regexes)') : false;
    const column = at - lines.start(li) + 1;
    const finding = makeFinding(rule, chunk, secret, chunk.lineNumbers?.[li] ?? li + (chunk.firstLine ?? 1), column, lineText);
    // The lines beside it, in memory only, for verifiers: the host a self-hosted token belongs to
    // (GITLAB_URL=…), a Datadog site, an AWS profile's other lines. Provider formats only (generic
    // shapes have no verifier), and at most 1 KB either side: a history scan may keep thousands.
    if (rule.provider !== 'Generic') Object.defineProperty(finding, 'surroundings', { value: lines.block(li, SURROUNDING_LINES, 1024), enumerable: false });
    const { warning, why } = this.verdict(rule, secret, m, chunk, lineText, column, inlineAllow, at, li);
    finding.why = [`${rule.provider === 'Generic' ? 'generic' : rule.provider} rule ${rule.id} matched (${rule.confidence} confidence)`, why];
    if (warning) {
      finding.warning = warning;
      if (warning === 'weak password' || warning === 'weak secret') finding.confidence = 'low';
    }
    out.push(finding);
    return true;
  }

  /** Tells the trace (`leakguard explain`) that a candidate was dropped, and why; always false. */
  private dropped(trace: NonNullable<ScannerOptions['trace']>, rule: Rule, secret: string, chunk: Chunk, lines: LineIndex, li: number, at: number, why: string): false {
    trace({ ruleId: rule.id, preview: redact(secret), line: chunk.lineNumbers?.[li] ?? li + (chunk.firstLine ?? 1), column: at - lines.start(li) + 1, why });
    return false;
  }

  /** Whether a match warns or blocks, and why: the first row of the verdict table (verdict-table.ts) whose evidence is present. */
  private verdict(rule: Rule, secret: string, m: RegExpExecArray, chunk: Chunk, lineText: string, column: number, inlineAllow: boolean, at: number, lineIndex: number): { warning?: WarningReason; why: string } {
    return decideVerdict({ rule, secret, match: m, chunk, lineText, column, inlineAllow, at, lineIndex, shape: this.demotable.has(rule), inComments: this.demotableInComments.has(rule) });
  }
}

/**
 * The lines, in order and once each, where any keyword of a set occurs. Walks the keywords
 * this text holds (a few), not the set (the generic detectors' sets hold hundreds); each
 * keyword's lines are worked out once per text, as sets share keywords.
 */
function linesOfSet(inSet: Uint8Array, touched: number[], hitsByKw: (number[] | undefined)[], linesByKw: (number[] | undefined)[], lines: LineIndex): ArrayLike<number> {
  let only: number[] | undefined;
  let parts = 0;
  let total = 0;
  for (const kw of touched) {
    if (inSet[kw] === 0) continue;
    let own = linesByKw[kw];
    if (own === undefined) {
      own = linesByKw[kw] = [];
      // Ends ascend, so their lines do: keep each once.
      for (const end of hitsByKw[kw]!) {
        const li = lines.lineOf(end - 1);
        if (own.length === 0 || own[own.length - 1] !== li) own.push(li);
      }
    }
    only = own;
    parts++;
    total += own.length;
  }
  if (parts <= 1) return only ?? [];
  const all: number[] = [];
  for (const kw of touched) if (inSet[kw] === 1) for (const li of linesByKw[kw]!) all.push(li);
  // Few lines as a rule (a typed array's set-up cost more than sorting them): insertion sort, then drop repeats.
  if (total > 64) return [...new Set(Int32Array.from(all).sort())];
  sortAscending(all);
  let n = 0;
  for (const li of all) if (n === 0 || all[n - 1] !== li) all[n++] = li;
  all.length = n;
  return all;
}

/** In place, ascending (for rules: catalog order, where earlier rules win ties): insertion sort, for short lists. */
function sortAscending(a: number[]): void {
  for (let k = 1; k < a.length; k++) {
    const v = a[k]!;
    let i = k;
    while (i > 0 && a[i - 1]! > v) {
      a[i] = a[i - 1]!;
      i--;
    }
    a[i] = v;
  }
}

function secretOf(rule: Rule, m: RegExpExecArray): string | undefined {
  const g = rule.secretGroup ?? (m.length > 1 ? 1 : 0);
  if (typeof g === 'number') return m[g];
  for (const i of g) if (m[i] !== undefined) return m[i];
  return undefined;
}

export function makeFinding(rule: Pick<Rule, 'id' | 'title' | 'provider' | 'confidence' | 'playbook'>, chunk: Pick<Chunk, 'path' | 'commit'>, secret: string, line: number, column: number, lineText: string): Finding {
  const finding: Finding = {
    ruleId: rule.id,
    title: rule.title,
    provider: rule.provider,
    confidence: rule.confidence,
    file: chunk.path,
    line,
    column,
    preview: redact(secret),
    context: redactLine(lineText, secret, column),
    fingerprint: fingerprint(rule.id, chunk.path, secret),
    playbook: rule.playbook,
  };
  if (chunk.commit) finding.commit = chunk.commit;
  // Kept for in-process consumers (purge, dedupe by value) but invisible to
  // JSON.stringify, spread and reporters, so it cannot leak into output.
  Object.defineProperty(finding, 'secret', { value: secret, enumerable: false });
  // Names beside the secret that a verifier needs (a Twilio account SID, an Azure AccountName), same rules.
  Object.defineProperty(finding, 'around', { value: lineText.length > 2048 ? lineText.slice(Math.max(0, column - 1024), column + 1024) : lineText, enumerable: false });
  return finding;
}

/**
 * When several rules match the same secret (a GitHub token inside a generic
 * `token = "…"` assignment), keep the most specific: provider rules before
 * generic ones, then higher confidence, then the earlier rule in the catalog.
 */
function dedupe(findings: Finding[], order: Map<string, number>): Finding[] {
  if (findings.length < 2) return findings;
  const best = new Map<string, Finding>();
  for (const f of findings) {
    const key = `${f.line}\0${f.secret ?? ''}`;
    const cur = best.get(key);
    if (!cur || rank(f) > rank(cur) || (rank(f) === rank(cur) && order.get(f.ruleId)! < order.get(cur.ruleId)!)) best.set(key, f);
  }
  // A generic match that contains a provider match on the same line is the same leak.
  const kept = [...best.values()].filter(
    (f) =>
      !(f.provider === 'Generic' &&
        findings.some((g) => g !== f && g.provider !== 'Generic' && g.line === f.line && g.secret && f.secret && (f.secret.includes(g.secret) || g.secret.includes(f.secret)))),
  );
  return kept.sort((a, b) => a.line - b.line || a.column - b.column);
}

function rank(f: Finding): number {
  return (f.provider === 'Generic' ? 0 : 10) + CONFIDENCE_ORDER[f.confidence];
}

/** How many lines either side of a finding its verifier may read (`Finding.surroundings`). */
const SURROUNDING_LINES = 8;

/** Offsets of line starts, for mapping a match offset to a line in O(log n). */
class LineIndex {
  private readonly starts: number[] = [0];
  constructor(private readonly src: string) {
    for (let i = src.indexOf('\n'); i !== -1; i = src.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  start(line: number): number {
    return this.starts[line]!;
  }
  /** Lines `line - radius` to `line + radius`, at most `cap` characters on either side of the line. */
  block(line: number, radius: number, cap: number): string {
    const s = this.starts[line]!;
    const from = Math.max(this.starts[Math.max(0, line - radius)]!, s - cap);
    const after = this.starts[line + radius + 1];
    const to = Math.min(after === undefined ? this.src.length : after - 1, (this.starts[line + 1] ?? this.src.length) + cap);
    return this.src.slice(from, to);
  }
  text(line: number): string {
    const s = this.starts[line]!;
    const next = this.starts[line + 1];
    let e = next === undefined ? this.src.length : next - 1;
    if (e > s && this.src.charCodeAt(e - 1) === 13) e--;
    return this.src.slice(s, e);
  }
}
