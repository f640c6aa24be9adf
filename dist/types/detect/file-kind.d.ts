export declare function extensionOf(path: string): string;
export declare function isCodeFile(path: string): boolean;
/** Files whose every value is presumed sensitive: dotenv files and files named for secrets. */
export declare function isSecretsFile(path: string): boolean;
/** A file of translated UI text, where `password: 'Passwort'` is a label, not a credential. */
export declare function isTranslationPath(path: string): boolean;
export declare function baseName(path: string): string;
