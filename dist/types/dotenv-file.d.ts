/** One `KEY=value` line of a dotenv file, its value unquoted, with its 1-based line. */
export interface EnvEntry {
    key: string;
    value: string;
    line: number;
}
/**
 * The assignments of a dotenv file as dotenv parsers read them: `export` allowed, a quoted value
 * (", ' or `) taken up to its closing quote, an unquoted one up to a ` #` comment. Comments, blank
 * lines and anything else are skipped.
 */
export declare function parseDotenv(text: string): EnvEntry[];
/** An unquoted value without its ` # comment` (the first whitespace before a `#` starts one), found in one pass. */
export declare function withoutComment(value: string): string;
