import type { Confidence, Rule } from '../detect/types.js';
/** The settings a config file can make for some files only (`overrides`, a monorepo's packages). */
export interface Override {
    /** minimatch globs of repository paths (a glob without "/" matches the name at any depth). */
    files: string[];
    /** Where it was written, for messages: `leakguard.config.json overrides[1]`. */
    source: string;
    failOn?: Confidence;
    minConfidence?: Confidence;
    allow: {
        paths: string[];
        regexes: RegExp[];
        values: string[];
    };
    disabledRules: string[];
    enabledRules: string[];
    rules: Rule[];
}
/** User configuration, after validation. */
export interface Config {
    /** Where it came from, for messages: the file that was read (the start of an `extends` chain). */
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
    /** Per-file settings, later ones winning over earlier ones (config/overrides.ts applies them). */
    overrides: Override[];
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
    /**
     * Which file set each setting (`leakguard config` prints it): `failOn`, `maxFileSize`…, and list entries as
     * `disabledRules:<id>`, `rules:<id>`, `allow.paths:<glob>`. Absent: the default.
     */
    origins: Map<string, string>;
    /** The files read, nearest first (the file itself, then what it extends). */
    chain?: string[];
}
export declare const DEFAULT_MAX_FILE_SIZE: number;
export declare function defaultConfig(): Config;
/** One config file's own settings, validated, before `extends` are merged in: only what it says. */
export interface ConfigLayer {
    source: string;
    extends: string[];
    allow?: {
        paths: string[];
        regexes: RegExp[];
        values: string[];
    };
    disabledRules: string[];
    enabledRules: string[];
    rules: Rule[];
    overrides: Override[];
    maxFileSize?: number;
    minConfidence?: Confidence;
    failOn?: Confidence;
    verify?: {
        inHooks: boolean;
    };
}
/**
 * Validates a parsed config object. Every error names the file and the key
 * (`leakguard.config.json: rules[1].regex: …`) so the user can fix it at once.
 */
export declare function parseLayer(raw: unknown, source: string): ConfigLayer;
/**
 * Merges one layer into what its bases built (config/load.ts walks `extends` depth first): lists
 * concatenate, a rule with an id already defined replaces it, `enabledRules` turns back on what a base
 * disabled, scalars are the layer's own when it sets them. Records where each setting came from.
 */
export declare function applyLayer(cfg: Config, layer: ConfigLayer): Config;
/** One config object with no `extends` (tests, package.json sections read on their own). */
export declare function parseConfig(raw: unknown, source: string): Config;
/** Compiles globs once, on first use (config/glob.ts: minimatch only for globs beyond the simple ones). */
export declare function pathMatcher(globs: string[]): (path: string) => boolean;
export declare function parseSize(v: unknown, onError: () => never): number;
