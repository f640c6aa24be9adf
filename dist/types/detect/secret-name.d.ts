/**
 * Does a variable, key or flag name say it holds a secret? Names are split into
 * words (camelCase, snake_case, kebab-case, dotted) so `dbPassword`,
 * `DB_PASSWORD`, `db.password` and `--db-password` are judged alike, and
 * `tokenizer`, `passwordHint` or `public_key` are not mistaken for secrets.
 */
/**
 * Keywords for the prefilter that cover every qualified `…key` name
 * (`apiKey`, `API_KEY`, `api-key`, `api.key`) without the bare word "key",
 * which is everywhere in code (`cacheKey`, `keyof`, `Object.keys`).
 */
export declare function qualifiedKeyKeywords(): string[];
/** Split an identifier into lower-case words. */
export declare function nameWords(name: string): string[];
export type SecretNameKind = 'password' | 'secret' | undefined;
export declare function secretNameKind(name: string): SecretNameKind;
/** A word that makes a name hold a one-way transform of a secret, not the secret. */
export declare function isHashWord(w: string): boolean;
/** `DB_HOST`, `S3_BUCKET`, `COMMIT_SHA`, `COGNITO_CLIENT_ID`: the name says what the value is, and no word of it says secret. */
export declare function namesNonSecret(name: string): boolean;
