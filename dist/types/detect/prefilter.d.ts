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
 * The automaton is built lazily, trie included: a state is a run of the
 * sorted keywords that share a prefix, its children are found by binary
 * search in that run, and a state's failure link, merged outputs and each
 * (state, character class) transition are worked out the first time a text
 * reaches them, then remembered. Built eagerly (a dense trie, a
 * breadth-first pass for every failure link, a transition table filled with
 * -1), the full catalog's automaton (≈3,100 states × 46 classes) cost ~11 ms
 * of interpreted code and page faults on every hook start; the lazy one costs
 * a sort of the keywords, and a staged diff reaches a small part of it.
 */
export declare class KeywordMatcher {
    readonly keywords: string[];
    private readonly classOf;
    /** The (lower-case) character of each class. */
    private readonly classChar;
    private readonly classes;
    /** Distinct keywords in code-unit order, and the ids each one stands for. */
    private readonly sorted;
    private readonly idsOf;
    /**
     * Per-state tables, grown (doubled) as states are made: sized for every trie state at once, the full
     * catalog's transition table alone was 3 MB of zeroed memory, of which a staged diff reaches a few hundred
     * states (the bench's 20-file diff: ~0.15 ms less to build and scan, medians of 41 runs).
     */
    private capacity;
    /** A state is sorted[lo, hi), the keywords that start with the state's prefix of length depth. */
    private lo;
    private hi;
    private depth;
    /** Each state's parent and the class of the edge into it (failure links are derived from them). */
    private parent;
    private inClass;
    private states;
    /** Failure link + 1; 0 until computed. */
    private fail;
    /**
     * Transition + 1, delta[state * classes + class]; 0 until computed (so the table needs no fill);
     * negative when the target has outputs, so the scan loop reads `outputs` only at a hit.
     */
    private delta;
    /** Keyword ids that end at a state, including via failure links, once `resolved`; undefined when none. */
    private readonly outputs;
    private resolved;
    constructor(keywords: string[]);
    private grow;
    /** The first keyword of state `s`'s run whose character after the prefix is ≥ `c` (a keyword that ends there counts as -1). */
    private lowerBound;
    /** The trie's child of `s` by class, created on first use; 0 when none (the root is nobody's child). */
    private child;
    /** The longest proper suffix of `t`'s prefix that is also a state. */
    private failOf;
    /**
     * The automaton's transition (a plain state number), computed on first use
     * and remembered, with its target's outputs merged. Each (state, class)
     * pair reaches `child` once, so each trie state is created once.
     */
    private go;
    /** A state's own keywords, then those of its failure chain. */
    private resolve;
    /**
     * Calls `onHit(keywordId, endIndex)` for every occurrence. Non-ASCII
     * characters reset matching, which is right: keywords are ASCII.
     */
    scan(text: string, onHit: (keywordId: number, end: number) => void): void;
}
