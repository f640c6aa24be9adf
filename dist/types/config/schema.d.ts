import type { Confidence, Rule } from '../detect/types.js';
/** User configuration, after validation. */
export interface Config {
    /** Where it came from, for messages. */
    source?: string;
    allow: {
        /** minimatch globs of repository paths never scanned. */
        paths: string[];
        /** Regexes; a secret matching one is allowed. */
        regexes: RegExp[];
        /** Exact values that are allowed (test fixtures, public sample values). */
        values: string[];
        /** Imported from gitleaks: path regexes, stopwords, commits and line regexes that allow. */
        pathRegexes: RegExp[];
        stopwords: string[];
        commits: string[];
        lineRegexes: RegExp[];
    };
    /** Rule ids turned off. */
    disabledRules: string[];
    /** Extra rules, same model as the built-in ones. */
    rules: Rule[];
    /** False (`--no-inline-allow`): inline markers, ours and other scanners', allow and demote nothing. */
    inlineAllow?: boolean;
    /**
     * Files (or staged additions) larger than this are not scanned: listed in every
     * mode, and in hook modes (staged, pre-push, pre-receive) they block. Anything
     * smaller is scanned, large files in overlapping pieces.
     */
    maxFileSize: number;
    /** Findings below this confidence are not reported. */
    minConfidence: Confidence;
    /** Findings at or above this confidence fail the scan (block the commit); lower ones are warnings. */
    failOn: Confidence;
    /** Things the user should know about how the config was read (gitleaks migration notes). */
    notices?: string[];
    /** `--verify` on the commit path (scan --staged) sends what it finds to the provider: off unless set here. */
    verify: {
        inHooks: boolean;
    };
}
export declare const DEFAULT_MAX_FILE_SIZE: number;
export declare function defaultConfig(): Config;
/**
 * Validates a parsed config object. Every error names the file and the key
 * (`leakguard.config.json: rules[1].regex: …`) so the user can fix it at once.
 */
export declare function parseConfig(raw: unknown, source: string): Config;
/** Compiles globs once; minimatch is imported only when a config uses globs. */
export declare function pathMatcher(globs: string[]): (path: string) => boolean;
export declare function parseSize(v: unknown, onError: () => never): number;
