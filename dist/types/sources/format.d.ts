export declare function formatBytes(n: number): string;
