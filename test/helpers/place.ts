import type { Place } from '../../src/detect/lines-back.js';

/** A place from text with the value marked `@@`; `numbers` gives added lines' line numbers in the file. */
export function place(path: string, marked: string, numbers?: number[]): Place {
  const at = marked.indexOf('@@');
  const text = marked.replace('@@', 'VALUE');
  return { path, text, at, lineIndex: text.slice(0, at).split('\n').length - 1, lineNumbers: numbers };
}
