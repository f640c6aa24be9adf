/** Per family of the catalog, in familyNames' order: whether a rule has no keyword (the family is always needed), and its keywords, lower-case. */
export declare const FAMILY_KEYWORDS: readonly (readonly [always: boolean, keywords: readonly string[]])[];
/** Every built-in rule id (content and file-name rules): a config rule may not take one (config/schema.ts). */
export declare const BUILTIN_RULE_IDS: ReadonlySet<string>;
