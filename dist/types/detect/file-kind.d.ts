export declare function extensionOf(path: string): string;
export declare function isCodeFile(path: string): boolean;
/** Files whose every value is presumed sensitive: dotenv files and files named for secrets. */
export declare function isSecretsFile(path: string): boolean;
/** A file of translated UI text, where `password: 'Passwort'` is a label, not a credential. */
export declare function isTranslationPath(path: string): boolean;
/** The file's own name: after the last "/", or after the last "!" for an entry inside an archive (`app.zip!.env`). */
export declare function baseName(path: string): string;
/** A file that tools write: names in it are packages' or translation keys', values versions and checksums. */
export declare function isLockfile(path: string): boolean;
