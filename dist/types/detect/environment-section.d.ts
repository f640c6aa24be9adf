import { type Place } from './lines-back.js';
export declare function environmentSection(p: Place): string | undefined;
