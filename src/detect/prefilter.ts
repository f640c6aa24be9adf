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
export class KeywordMatcher {
  readonly keywords: string[];
  private readonly classOf = new Uint8Array(128);
  /** The (lower-case) character of each class. */
  private readonly classChar = new Uint8Array(256);
  private readonly classes: number;
  /** Distinct keywords in code-unit order, and the ids each one stands for. */
  private readonly sorted: string[];
  private readonly idsOf = new Map<string, number[]>();
  /**
   * Per-state tables, grown (doubled) as states are made: sized for every trie state at once, the full
   * catalog's transition table alone was 3 MB of zeroed memory, of which a staged diff reaches a few hundred
   * states (the bench's 20-file diff: ~0.15 ms less to build and scan, medians of 41 runs).
   */
  private capacity = 0;
  /** A state is sorted[lo, hi), the keywords that start with the state's prefix of length depth. */
  private lo = new Int32Array(0);
  private hi = new Int32Array(0);
  private depth = new Int32Array(0);
  /** Each state's parent and the class of the edge into it (failure links are derived from them). */
  private parent = new Int32Array(0);
  private inClass = new Uint8Array(0);
  private states = 1;
  /** Failure link + 1; 0 until computed. */
  private fail = new Int32Array(0);
  /**
   * Transition + 1, delta[state * classes + class]; 0 until computed (so the table needs no fill);
   * negative when the target has outputs, so the scan loop reads `outputs` only at a hit.
   */
  private delta = new Int32Array(0);
  /** Keyword ids that end at a state, including via failure links, once `resolved`; undefined when none. */
  private readonly outputs: (number[] | undefined)[] = [undefined];
  private resolved = new Uint8Array(0);

  constructor(keywords: string[]) {
    this.keywords = keywords.map((k) => k.toLowerCase());
    let next = 1;
    // Set and sort iterate natively; a loop over every keyword character is what cost the eager build its time.
    for (const ch of new Set(this.keywords.join(''))) {
      const c = ch.charCodeAt(0);
      if (c >= 128) throw new Error(`keyword must be ASCII: ${this.keywords.find((k) => k.includes(ch))}`);
      if (next > 255) throw new Error('too many distinct keyword characters');
      this.classOf[c] = next;
      this.classChar[next] = c;
      // Upper-case letters share their lower-case letter's class.
      if (c >= 97 && c <= 122) this.classOf[c - 32] = next;
      next++;
    }
    this.classes = next;
    this.keywords.forEach((k, id) => {
      const ids = this.idsOf.get(k);
      if (ids) ids.push(id);
      else this.idsOf.set(k, [id]);
    });
    this.sorted = [...this.idsOf.keys()].sort();
    this.grow(64);
    this.hi[0] = this.sorted.length;
    this.resolved[0] = 1;
  }

  private grow(capacity: number): void {
    const copy = <T extends Int32Array | Uint8Array>(a: T, n: number): T => {
      const b = new (a.constructor as new (n: number) => T)(n);
      b.set(a);
      return b;
    };
    this.lo = copy(this.lo, capacity);
    this.hi = copy(this.hi, capacity);
    this.depth = copy(this.depth, capacity);
    this.parent = copy(this.parent, capacity);
    this.inClass = copy(this.inClass, capacity);
    this.fail = copy(this.fail, capacity);
    this.resolved = copy(this.resolved, capacity);
    this.delta = copy(this.delta, capacity * this.classes);
    this.capacity = capacity;
  }

  /** The first keyword of state `s`'s run whose character after the prefix is ≥ `c` (a keyword that ends there counts as -1). */
  private lowerBound(s: number, c: number): number {
    const d = this.depth[s]!;
    let a = this.lo[s]!;
    let b = this.hi[s]!;
    while (a < b) {
      const mid = (a + b) >>> 1;
      const k = this.sorted[mid]!;
      if ((k.length > d ? k.charCodeAt(d) : -1) < c) a = mid + 1;
      else b = mid;
    }
    return a;
  }

  /** The trie's child of `s` by class, created on first use; 0 when none (the root is nobody's child). */
  private child(s: number, cls: number): number {
    if (cls === 0) return 0;
    const c = this.classChar[cls]!;
    const a = this.lowerBound(s, c);
    const b = this.lowerBound(s, c + 1);
    if (a === b) return 0;
    if (this.states === this.capacity) this.grow(this.capacity * 2);
    const t = this.states++;
    const d = this.depth[s]! + 1;
    this.lo[t] = a;
    this.hi[t] = b;
    this.depth[t] = d;
    this.parent[t] = s;
    this.inClass[t] = cls;
    // A keyword equal to the prefix sorts first in its run.
    const first = this.sorted[a]!;
    this.outputs[t] = first.length === d ? this.idsOf.get(first) : undefined;
    return t;
  }

  /** The longest proper suffix of `t`'s prefix that is also a state. */
  private failOf(t: number): number {
    const known = this.fail[t]!;
    if (known !== 0) return known - 1;
    const p = this.parent[t]!;
    const f = p === 0 ? 0 : this.go(this.failOf(p), this.inClass[t]!);
    this.fail[t] = f + 1;
    return f;
  }

  /**
   * The automaton's transition (a plain state number), computed on first use
   * and remembered, with its target's outputs merged. Each (state, class)
   * pair reaches `child` once, so each trie state is created once.
   */
  private go(s: number, cls: number): number {
    const at = s * this.classes + cls;
    const known = this.delta[at]!;
    if (known !== 0) return (known > 0 ? known : -known) - 1;
    const t = this.child(s, cls);
    const next = t !== 0 ? t : s === 0 ? 0 : this.go(this.failOf(s), cls);
    if (this.resolved[next] === 0) this.resolve(next);
    this.delta[at] = this.outputs[next] === undefined ? next + 1 : -(next + 1);
    return next;
  }

  /** A state's own keywords, then those of its failure chain. */
  private resolve(t: number): void {
    this.resolved[t] = 1;
    const f = this.failOf(t);
    if (this.resolved[f] === 0) this.resolve(f);
    const inherited = this.outputs[f];
    if (inherited) this.outputs[t] = this.outputs[t] ? this.outputs[t]!.concat(inherited) : inherited;
  }

  /**
   * Calls `onHit(keywordId, endIndex)` for every occurrence. Non-ASCII
   * characters reset matching, which is right: keywords are ASCII.
   */
  scan(text: string, onHit: (keywordId: number, end: number) => void): void {
    const { classOf, outputs } = this;
    let { delta } = this;
    const K = this.classes;
    let s = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const c = text.charCodeAt(i);
      const cls = c < 128 ? classOf[c]! : 0;
      const t = delta[s * K + cls]!;
      if (t > 0) {
        s = t - 1;
        continue;
      }
      if (t < 0) s = -t - 1;
      else {
        s = this.go(s, cls);
        delta = this.delta; // grown, perhaps
      }
      const out = outputs[s];
      if (out !== undefined) for (let j = 0; j < out.length; j++) onHit(out[j]!, i + 1);
    }
  }
}
