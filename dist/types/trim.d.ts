/**
 * Cutting a run of characters from the ends of a string by hand: a pattern such as `/\n+$/` or `/ +$/` tries again
 * from every position of a long run that does not reach the end, which is quadratic on text someone crafted.
 */
export declare function trimEndOf(s: string, chars: string): string;
export declare function trimStartOf(s: string, chars: string): string;
