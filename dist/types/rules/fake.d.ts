export declare function reseed(seed: number): void;
export declare const fake: {
    alnum: (n: number) => string;
    upperAlnum: (n: number) => string;
    lowerAlnum: (n: number) => string;
    upper: (n: number) => string;
    lower: (n: number) => string;
    digits: (n: number) => string;
    hex: (n: number) => string;
    HEX: (n: number) => string;
    base64: (n: number) => string;
    base64url: (n: number) => string;
    /** A 30-character body followed by its base62 CRC32, as GitHub and npm do. */
    checksummed: (prefix: string) => string;
    /** base64url of a JSON object, as in a JWT segment. */
    jsonSegment: (obj: unknown) => string;
    /** Joins parts at run time; use it so a literal token prefix and body never sit together in source. */
    join: (...parts: string[]) => string;
};
