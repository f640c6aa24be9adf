/**
 * Keyword prefilter: one Aho–Corasick pass over the text finds every rule
 * keyword at once, case-insensitively, without lower-casing (copying) the text.
 *
 * Why not `text.toLowerCase().includes(k)` per keyword: with hundreds of rules
 * that is hundreds of passes; one combined alternation regex is similar. A DFA
 * over a compressed alphabet (only characters that occur in some keyword get
 * their own class) costs one table look-up per character, whatever the number
 * of keywords.
 */
export class KeywordMatcher {
  readonly keywords: string[];
  private readonly classOf = new Uint8Array(128);
  private readonly classes: number;
  /** Transition table; entries are next-state × classes, so the hot loop does no multiply. */
  private readonly delta: Int32Array;
  /** Per (pre-multiplied) state: 1 + index into `outputLists`, or 0 when no keyword ends there. */
  private readonly outputAt: Int32Array;
  /** Keyword ids that end at a state (including via failure links). */
  private readonly outputLists: number[][] = [];

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
    this.classes = next;
    if (next > 255) throw new Error('too many distinct keyword characters');

    // Build the trie with explicit child maps, then flatten into a full DFA.
    const children: Map<number, number>[] = [new Map()];
    const outs: number[][] = [[]];
    this.keywords.forEach((k, id) => {
      let s = 0;
      for (let i = 0; i < k.length; i++) {
        const cls = this.classOf[k.charCodeAt(i)]!;
        let t = children[s]!.get(cls);
        if (t === undefined) {
          t = children.length;
          children.push(new Map());
          outs.push([]);
          children[s]!.set(cls, t);
        }
        s = t;
      }
      outs[s]!.push(id);
    });

    const n = children.length;
    const K = this.classes;
    const delta = new Int32Array(n * K);
    const fail = new Int32Array(n);
    const queue: number[] = [];
    for (let cls = 0; cls < K; cls++) {
      const t = children[0]!.get(cls);
      if (t !== undefined) {
        delta[cls] = t;
        fail[t] = 0;
        queue.push(t);
      }
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      const f = fail[s]!;
      if (outs[f]!.length) outs[s] = outs[s]!.concat(outs[f]!);
      for (let cls = 0; cls < K; cls++) {
        const t = children[s]!.get(cls);
        if (t !== undefined) {
          fail[t] = delta[f * K + cls]!;
          delta[s * K + cls] = t;
          queue.push(t);
        } else {
          delta[s * K + cls] = delta[f * K + cls]!;
        }
      }
    }
    for (let i = 0; i < delta.length; i++) delta[i] = delta[i]! * K;
    this.delta = delta;
    this.outputAt = new Int32Array(n * K);
    outs.forEach((o, st) => {
      if (o.length) this.outputAt[st * K] = this.outputLists.push(o);
    });
  }

  /**
   * Calls `onHit(keywordId, endIndex)` for every occurrence. Non-ASCII
   * characters reset matching, which is right: keywords are ASCII.
   */
  scan(text: string, onHit: (keywordId: number, end: number) => void): void {
    const { delta, classOf, outputAt, outputLists } = this;
    let s = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const c = text.charCodeAt(i);
      s = delta[s + (c < 128 ? classOf[c]! : 0)]!;
      const o = outputAt[s]!;
      if (o !== 0) {
        const out = outputLists[o - 1]!;
        for (let j = 0; j < out.length; j++) onHit(out[j]!, i + 1);
      }
    }
  }
}
