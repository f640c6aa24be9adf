import { type WarningReason } from './demote.js';
import type { Chunk, Rule } from './types.js';
/**
 * What decides whether a match blocks a commit or is only a warning, in one place: the evidence about
 * the finding, each piece named, and the verdict it leads to, weighed in this order. The first row
 * whose evidence is present decides; when none is, the finding blocks. `leakguard explain` and the
 * `why` of every report quote the row.
 *
 * Which rules a row applies to:
 *  - every rule: evidence anyone can see on the line (another scanner's reviewed suppression) or the
 *    rule's own judgement of its value (a guessable password, a key meant to be public);
 *  - shape rules (generic detectors, and formats with no provider prefix: `demoteInExamples`): where a
 *    value sits, since a shape alone does not say "secret" in a test or a document;
 *  - comment-demotable rules: a comment line in code that shows a shape the code does not use;
 *  - verifier rules (a password hash): whether it sits where accounts are kept, since a hash logs nobody in.
 * A provider format (a prefix and checksum, a structure of its own) blocks wherever it is found:
 * a live token in a test file is a live token. The exceptions are what the format itself says cannot reach a
 * real account by the time anyone reads it (a test-mode key in a test or an example, a token that expires
 * within hours in a test), and another project's tests and documents, vendored with its code.
 *
 * (Values that are no secret at all: placeholders, references, identifiers, are dropped before this
 * table, by the rule's own checks and the engine's; explain names those too.)
 */
export interface VerdictFacts {
    rule: Rule;
    secret: string;
    match: RegExpExecArray;
    chunk: Pick<Chunk, 'path' | 'text' | 'lineNumbers'>;
    lineText: string;
    /** Offset of the secret in the chunk's text, and the index of its line there. */
    at: number;
    lineIndex: number;
    /** 1-based column of the secret in the line. */
    column: number;
    inlineAllow: boolean;
    /** The rule is a shape rule (see above). */
    shape: boolean;
    /** The rule is demoted on comment lines. */
    inComments: boolean;
}
export interface VerdictRow {
    /** The evidence's name, as explain and the tests call it. */
    evidence: string;
    appliesTo: 'every rule' | 'shape rules' | 'comment-demotable rules' | 'verifier rules';
    /** The warning the evidence leads to, if present. */
    find(f: VerdictFacts): WarningReason | undefined;
    /** Why, in explain's words. */
    why(reason: WarningReason, f: VerdictFacts): string;
}
export declare const VERDICT_TABLE: readonly VerdictRow[];
/** The first row whose evidence is present, or the block and its reason. */
export declare function decideVerdict(f: VerdictFacts): {
    warning?: WarningReason;
    why: string;
    evidence?: string;
};
