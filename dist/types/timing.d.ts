export declare function mark(phase: string): void;
/** A fact about the run (not a phase), printed with the marks: `codeCache=hit`. */
export declare function note(name: string, value: string): void;
