import type { GitleaksIgnore } from './config/gitleaks.js';
import type { Config } from './config/schema.js';
import { Scanner, type ScannerOptions } from './detect/engine.js';
import type { Finding, Rule } from './detect/types.js';
import { type SourceItem } from './sources/types.js';
import type { RepositoryReader } from './sources/repository.js';
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
 * The active rule set: built-ins (all, or the given families') minus disabled ones, plus the user's. With
 * overrides, also what any override turns back on or adds; the pipeline narrows findings per file.
 */
export declare function activeRules(config: Config, families?: number[]): Rule[];
/** A scanner for the active rules; with families, only those families' built-in rules (rules/select.ts). */
export declare function createScanner(config: Config, families?: number[], trace?: ScannerOptions['trace']): Scanner;
/**
 * sources → detect → config filters → result. Pure orchestration: the source
 * decides what text to read, the scanner what is a secret, the config what the
 * user has allowed.
 */
export declare function runPipeline(items: AsyncIterable<SourceItem>, opts: PipelineOptions): Promise<ScanResult>;
/**
 * Findings not known: a finding with several places is known when every place is; a baselined value
 * whose file is gone (git mv) is known by its value (config/baseline.ts movedKey). A finding an expired
 * `.leakguardignore` entry allowed stays, marked with that entry, so the message can name it.
 */
export declare function withoutKnown(findings: Finding[], ignore?: Set<string>, at?: GitleaksIgnore[]): Finding[];
