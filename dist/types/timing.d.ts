export declare function mark(phase: string): void;
