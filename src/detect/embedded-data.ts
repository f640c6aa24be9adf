/**
 * A match inside a `data:…;base64,` run (an image or font inlined in SVG, CSS, HTML or a notebook): base64 of
 * a binary file spells every short prefix sooner or later (`EAAA…`, `ghp_` never, but `AKIA` and `xoxb` can),
 * and none of it is a credential. The run may be broken over lines (`\n`, `&#10;` in SVG, a `\` continuation).
 */
const RUN_START = ';base64,';
/** How far back a run may start: an inlined image of a few hundred KB, not a whole bundle. */
const MAX_RUN = 1 << 20;
const BASE64_RUN = /^(?:[A-Za-z0-9+/=\s\\]|&#1[03];)*$/;

/** Whether a text holds a run at all, asked once per text (a history scan checks thousands of candidates). */
const holdsRuns = new WeakMap<object, boolean>();

export function insideEmbeddedData(owner: { text: string }, at: number): boolean {
  let holds = holdsRuns.get(owner);
  if (holds === undefined) holdsRuns.set(owner, (holds = owner.text.includes(RUN_START)));
  if (!holds) return false;
  const text = owner.text;
  const start = text.lastIndexOf(RUN_START, at);
  if (start < 0 || at - start > MAX_RUN) return false;
  return BASE64_RUN.test(text.slice(start + RUN_START.length, at));
}
