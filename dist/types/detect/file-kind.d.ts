/** Languages whose comments are `/* … *\/` and `//` (the C family and its heirs). */
export declare const C_STYLE_COMMENTS: ReadonlySet<string>;
export declare function extensionOf(path: string): string;
export declare function isCodeFile(path: string): boolean;
/** Files whose every value is presumed sensitive: dotenv files and files named for secrets. */
export declare function isSecretsFile(path: string): boolean;
/** A file of translated UI text, where `password: 'Passwort'` is a label, not a credential. */
export declare function isTranslationPath(path: string): boolean;
/** The file's own name: after the last "/", or after the last "!" for an entry inside an archive (`app.zip!.env`). */
export declare function baseName(path: string): string;
/**
 * Files that tools write and that hold no project's values: lockfiles (names are packages', values
 * versions and checksums), Yarn's bundled releases and secret scanners' records. Generic rules skip them;
 * provider formats do not.
 */
export declare function isToolWritten(path: string): boolean;
