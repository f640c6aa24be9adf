import type { Finding } from '../detect/types.js';
export declare const BASELINE_FILE = ".leakguard-baseline.json";
/**
 * The key a baselined value is also known by once its file is gone (moved with git mv, renamed):
 * a move is not a new leak. Only for entries whose file no longer exists, so a copy of a known
 * secret into another file, the original still in place, is still reported.
 */
export declare function movedKey(ruleId: string, value: string): string;
/** A finding's value id: its fingerprint without the path (rule and secret, hashed and truncated, like the fingerprint). */
export declare function valueId(ruleId: string, secret: string): string;
/**
 * Fingerprints of findings that existed when leakguard was adopted, so the hook
 * blocks only new leaks. Never stores secrets (fingerprints and value ids are salted with
 * rule and path and truncated), and no line numbers or dates, so the file does
 * not churn when code moves — a known pain of detect-secrets baselines.
 */
export declare function loadBaseline(root: string, file?: string, required?: boolean): Promise<Set<string>>;
/** Writes findings as a baseline, sorted so that regenerating it is a no-op diff. */
export declare function writeBaseline(file: string, findings: Finding[]): Promise<number>;
/**
 * One finding per line, sorted, each line ending in a comma and the array closed by a fixed `null`
 * line: no line depends on its neighbours, so two branches that each baseline new findings merge with
 * git's `union` driver (the baseline command marks the file so in .gitattributes), and without it
 * conflict only where both added next to the same entry. Still plain JSON.
 */
export declare function formatBaseline(findings: {
    fingerprint: string;
    ruleId: string;
    file: string;
    value?: string;
}[]): string;
/**
 * Marks the baseline at the repository root `merge=union` (merge-attributes.ts) unless an attribute
 * already decides; returns what was added, to be said.
 */
export declare function markBaselineMergeable(root: string, file: string): Promise<string | undefined>;
