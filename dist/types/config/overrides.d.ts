import { type Confidence } from '../detect/types.js';
import { type Config, type Override } from './schema.js';
/** What is in force for one file once the overrides that match it are applied, in order (later wins). */
export interface FileSettings {
    failOn: Confidence;
    minConfidence: Confidence;
    disabled: Set<string>;
    /** The file is allowed (not scanned) by an override's allow.paths. */
    pathAllowed: boolean;
    /** A value an override allows for this file. */
    allowsValue?: (secret: string) => boolean;
    /** The overrides that apply, in order, for messages and `leakguard config`. */
    applied: Override[];
}
/**
 * Per-file settings for monorepos: `overrides` in the config. One scanner serves every file (rules an
 * override adds are restricted to its files by their `appliesTo`); what differs by file is decided
 * after scanning, per path, with the answer cached, so a commit pays one glob match per override per file.
 */
export declare class FileOverrides {
    private readonly config;
    private readonly matchers;
    private readonly cache;
    private readonly base;
    constructor(config: Config);
    /** Settings for a repository path. */
    for(path: string): FileSettings;
    private compute;
    /**
     * What the one scanner must be able to find for any file: every rule some file has on, down to the lowest
     * minConfidence some file asks for. The per-file answer then narrows it.
     */
    static widest(config: Config): {
        enabled: Set<string>;
        minConfidence: Confidence;
    };
}
