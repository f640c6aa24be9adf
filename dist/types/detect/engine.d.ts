import { type Chunk, type Confidence, type Finding, type Rule } from './types.js';
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
/**
 * The detection engine. Built once per rule set; `scan` is pure and reentrant.
 *
 * Order of work per chunk, cheapest first: one keyword pass (Aho–Corasick) picks
 * the rules that can match; only those run their regex, over the whole chunk
 * (`text` rules) or over just the lines holding a keyword (`line` rules); then
 * each candidate goes through the rule's own checks and the caller's allowlist.
 */
export declare class Scanner {
    readonly rules: Rule[];
    private readonly matcher;
    /** keyword id → indexes of rules that use it */
    private readonly rulesByKeyword;
    private readonly alwaysOn;
    private readonly pathGated;
    private readonly lineScoped;
    private readonly anchored;
    private readonly anchorOffset;
    private readonly demotable;
    private readonly demotableInComments;
    private readonly keywordLength;
    private readonly sticky;
    /** Each rule's keyword ids; rules that share a keywords array share this array too. */
    private readonly ruleKeywordIds;
    /** Catalog position: earlier rules are more specific and win ties. */
    private readonly order;
    private readonly options;
    /** scanText's tables, reused from text to text (see there). */
    private readonly hitsByKw;
    private readonly triggered;
    private readonly masks;
    constructor(rules: Rule[], options?: ScannerOptions);
    /** Whether a rule (by id) is a shape rule, judged by where its value sits (verdict-table.ts). */
    isShapeRule(id: string): boolean;
    scan(chunk: Chunk): Finding[];
    private scanText;
    private scanWith;
    /** A keyword set as a mask over keyword ids, made on first use (the hook meets few sets). */
    private maskOf;
    /** Rules whose `appliesTo` excludes this path. */
    private gatedFor;
    private runRegex;
    /**
     * Anchored rules match only where one of their keywords starts (a token's
     * fixed prefix), so instead of searching the whole text the regex is tried,
     * sticky, at each keyword occurrence: the cost follows the number of
     * occurrences, not the size of the file.
     */
    private runAnchored;
    /** Checks a candidate and records it; false when it was rejected. */
    private accept;
    /** Tells the trace (`leakguard explain`) that a candidate was dropped, and why; always false. */
    private dropped;
    /** Whether a match warns or blocks, and why: the first row of the verdict table (verdict-table.ts) whose evidence is present. */
    private verdict;
}
export declare function makeFinding(rule: Pick<Rule, 'id' | 'title' | 'provider' | 'confidence' | 'playbook'>, chunk: Pick<Chunk, 'path' | 'commit'>, secret: string, line: number, column: number, lineText: string): Finding;
