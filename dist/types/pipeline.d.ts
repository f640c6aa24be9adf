import type { GitleaksIgnore } from './config/gitleaks.js';
import type { Config } from './config/schema.js';
import { Scanner } from './detect/engine.js';
import type { Finding, Rule } from './detect/types.js';
import type { SourceItem } from './sources/types.js';
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
}
/** The active rule set: built-ins minus disabled ones, plus the user's. */
export declare function activeRules(config: Config): Rule[];
export declare function createScanner(config: Config): Scanner;
/**
 * sources → detect → config filters → result. Pure orchestration: the source
 * decides what text to read, the scanner what is a secret, the config what the
 * user has allowed.
 */
export declare function runPipeline(items: AsyncIterable<SourceItem>, opts: PipelineOptions): Promise<ScanResult>;
