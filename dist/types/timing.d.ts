export declare function mark(phase: string): void;
/** A fact about the run (not a phase), printed with the marks (`codeCache=hit`); noted again, the last value stands. */
export declare function note(name: string, value: string): void;
