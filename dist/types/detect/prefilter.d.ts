/**
 * Keyword prefilter: one Aho–Corasick pass over the text finds every rule
 * keyword at once, case-insensitively, without lower-casing (copying) the text.
 *
 * Why not `text.toLowerCase().includes(k)` per keyword: with hundreds of rules
 * that is hundreds of passes; one combined alternation regex is similar. An
 * automaton over a compressed alphabet (only characters that occur in some
 * keyword get their own class) costs one table look-up per character,
 * whatever the number of keywords.
 *
 * The automaton's transition table is filled lazily, on first use of each
 * (state, character class) pair. Building all of it up front (≈4,000 states ×
 * 50 classes for the full catalog) took ~9 ms of interpreted code on every
 * hook start; a typical staged diff touches a tiny fraction of it.
 */
export declare class KeywordMatcher {
    readonly keywords: string[];
    private readonly classOf;
    private readonly classes;
    /** Trie edges: child[state * classes + class], 0 when absent (the root is nobody's child). */
    private readonly child;
    /** Completed transitions, -1 until first computed. */
    private readonly delta;
    private readonly fail;
    /** Keyword ids that end at a state, including via failure links; undefined when none. */
    private readonly outputs;
    constructor(keywords: string[]);
    /** The automaton's transition (a plain state number), computed on first use and remembered. */
    private go;
    /**
     * Calls `onHit(keywordId, endIndex)` for every occurrence. Non-ASCII
     * characters reset matching, which is right: keywords are ASCII.
     */
    scan(text: string, onHit: (keywordId: number, end: number) => void): void;
}
