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
export class KeywordMatcher {
  readonly keywords: string[];
  private readonly classOf = new Uint8Array(128);
  private readonly classes: number;
  /** Trie edges: child[state * classes + class], 0 when absent (the root is nobody's child). */
  private readonly child: Int32Array;
  /** Completed transitions, -1 until first computed. */
  private readonly delta: Int32Array;
  private readonly fail: Int32Array;
  /** Keyword ids that end at a state, including via failure links; undefined when none. */
  private readonly outputs: (number[] | undefined)[];

  constructor(keywords: string[]) {
    this.keywords = keywords.map((k) => k.toLowerCase());
    let next = 1;
    for (const k of this.keywords) {
      for (let i = 0; i < k.length; i++) {
        const c = k.charCodeAt(i);
        if (c >= 128) throw new Error(`keyword must be ASCII: ${k}`);
        if (this.classOf[c] === 0) {
          this.classOf[c] = next;
          // Upper-case letters share their lower-case letter's class.
          if (c >= 97 && c <= 122) this.classOf[c - 32] = next;
          next++;
        }
      }
    }
    if (next > 255) throw new Error('too many distinct keyword characters');
    const K = (this.classes = next);

    // The trie, with an edge list per state so the breadth-first pass below
    // visits edges, not states × classes.
    const maxStates = this.keywords.reduce((n, k) => n + k.length, 1);
    const child = new Int32Array(maxStates * K);
    const edgeFirst = new Int32Array(maxStates).fill(-1);
    const edgeNext: number[] = [];
    const edgeClass: number[] = [];
    const edgeTo: number[] = [];
    const outs: (number[] | undefined)[] = [undefined];
    let n = 1;
    this.keywords.forEach((k, id) => {
      let s = 0;
      for (let i = 0; i < k.length; i++) {
        const cls = this.classOf[k.charCodeAt(i)]!;
        let t = child[s * K + cls]!;
        if (t === 0) {
          t = n++;
          child[s * K + cls] = t;
          outs.push(undefined);
          edgeClass.push(cls);
          edgeTo.push(t);
          edgeNext.push(edgeFirst[s]!);
          edgeFirst[s] = edgeTo.length - 1;
        }
        s = t;
      }
      (outs[s] ??= []).push(id);
    });

    this.child = child;
    this.fail = new Int32Array(n);
    this.delta = new Int32Array(n * K).fill(-1);
    this.outputs = outs;
    // Failure links and merged outputs, breadth-first over the trie's edges.
    const queue = [0];
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      for (let e = edgeFirst[s]!; e !== -1; e = edgeNext[e]!) {
        const t = edgeTo[e]!;
        const f = s === 0 ? 0 : this.go(this.fail[s]!, edgeClass[e]!);
        this.fail[t] = f;
        const inherited = outs[f];
        if (inherited) outs[t] = outs[t] ? outs[t]!.concat(inherited) : inherited;
        queue.push(t);
      }
    }
  }

  /** The automaton's transition (a plain state number), computed on first use and remembered. */
  private go(s: number, cls: number): number {
    const at = s * this.classes + cls;
    const known = this.delta[at]!;
    if (known >= 0) return known;
    const t = this.child[at]!;
    const next = t !== 0 ? t : s === 0 ? 0 : this.go(this.fail[s]!, cls);
    this.delta[at] = next;
    return next;
  }

  /**
   * Calls `onHit(keywordId, endIndex)` for every occurrence. Non-ASCII
   * characters reset matching, which is right: keywords are ASCII.
   */
  scan(text: string, onHit: (keywordId: number, end: number) => void): void {
    const { delta, classOf, outputs } = this;
    const K = this.classes;
    let s = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const c = text.charCodeAt(i);
      const cls = c < 128 ? classOf[c]! : 0;
      let t = delta[s * K + cls]!;
      if (t < 0) t = this.go(s, cls);
      s = t;
      const out = outputs[s];
      if (out !== undefined) for (let j = 0; j < out.length; j++) onHit(out[j]!, i + 1);
    }
  }
}
