/** The comment marker the value follows, when code comes before it on the line; `before` is the line up to the value. */
export declare function trailingComment(path: string, before: string): '//' | '#' | undefined;
