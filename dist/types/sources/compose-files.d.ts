export interface TextFile {
    path: string;
    text: string;
}
/** A file's content as text, or undefined when it is binary or over 1 MiB (too big to weigh as evidence). */
export declare function asText(path: string, buf: Buffer): TextFile | undefined;
/** The staged version of every compose file: what the commit's local stack gives its containers. */
export declare function indexComposeFiles(root: string): Promise<TextFile[]>;
/** The working tree's version of every tracked compose file (explain reads the working tree). */
export declare function treeComposeFiles(root: string): Promise<TextFile[]>;
/** A commit's version of every compose file, from its tree's listing (a history's or a push's finding is judged by its own commit's local stack). */
export declare function revisionComposeFiles(root: string, tree: ReadonlyMap<string, string> | undefined): Promise<TextFile[]>;
