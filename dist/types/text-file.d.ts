/**
 * Line-based text files leakguard edits for the user (.gitignore, .gitattributes, .env, .env.example,
 * .leakguardignore): read them if they exist, and add lines the way the file already writes them.
 */
/** The file's text, or undefined when there is none; other errors (permissions) reach the CLI, which names the path. */
export declare function readText(path: string): string | undefined;
/** `text` with `lines` appended, in the file's own line endings (CRLF if it has any), on a line of their own. */
export declare function appendLines(text: string | undefined, lines: string[]): string;
