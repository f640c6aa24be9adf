/** Per family of the catalog, in familyNames' order: whether a rule has no keyword (the family is always needed), and its keywords, lower-case. */
export declare const FAMILY_KEYWORDS: readonly (readonly [always: boolean, keywords: readonly string[]])[];
