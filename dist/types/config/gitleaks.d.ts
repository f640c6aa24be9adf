import type { Rule } from '../detect/types.js';
import type { Config } from './schema.js';
/**
 * Reads a gitleaks configuration (.gitleaks.toml, https://github.com/gitleaks/gitleaks#configuration)
 * so a team can switch without rewriting its rules and allowlists:
 *
 *   [[rules]] id, description, regex, secretGroup, entropy, keywords, path,
 *             [[rules.allowlists]] (or the older [rules.allowlist])
 *   [[allowlists]] (or the older [allowlist]): paths, regexes, stopwords, commits, regexTarget
 *   [extend] useDefault: leakguard's own catalog is always on, which covers it
 *
 * gitleaks uses Go regular expressions; the common differences are translated
 * ((?i) and friends become flags, (?P<n> becomes (?<n>, \A \z, POSIX classes).
 * Whatever cannot be mapped is listed, never silently dropped.
 */
export interface GitleaksImport {
    rules: Rule[];
    allow: {
        pathRegexes: RegExp[];
        regexes: RegExp[];
        stopwords: string[];
        commits: string[];
        lineRegexes: RegExp[];
    };
    notes: string[];
}
/** Translates a Go (RE2) pattern to a JavaScript RegExp, or explains why it cannot. */
export declare function goRegexToJs(src: string, extraFlags?: string): {
    regex?: RegExp;
    problem?: string;
};
export declare function importGitleaks(path: string): GitleaksImport;
/** Applies an import to a config: gitleaks rules added, allowlists merged. */
export declare function mergeGitleaks(config: Config, g: GitleaksImport): Config;
/**
 * gitleaks' default rule ids for the same credentials, so entries of a
 * .gitleaksignore (`[commit:]file:rule-id:line`) keep suppressing the same findings.
 */
export declare const GITLEAKS_RULE_IDS: Record<string, string>;
export interface GitleaksIgnore {
    commit?: string;
    file: string;
    ruleId: string;
    line: number;
}
/** Parses .gitleaksignore: one fingerprint per line, `#` comments. */
export declare function parseGitleaksIgnore(text: string): GitleaksIgnore[];
