import { type Place } from './lines-back.js';
/** The name of the encrypted block enclosing the value, found by indentation on the lines above it, or undefined. */
export declare function encryptedContainer(p: Place): string | undefined;
