import { type ConfigLayer } from './schema.js';
/**
 * The layers to apply, bases first and the file itself last. `label` names the file in messages; the
 * layers' sources name the chain (`leakguard.config.json → @acme/leakguard-config → ./base.json`).
 */
export declare function readLayers(file: string, label: string, raw?: unknown): ConfigLayer[];
/** The file an `extends` entry names, from the folder of the config that says it. */
export declare function resolveExtends(name: string, from: string, source: string): string;
