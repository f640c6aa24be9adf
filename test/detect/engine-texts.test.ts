import { describe, expect, it } from 'vitest';
import { Scanner } from '../../src/detect/engine.js';
import { builtinRules } from '../../src/rules/index.js';
import { fake } from '../../src/rules/fake.js';

/**
 * The scanner keeps per-text tables between calls and works out, per keyword set, the lines
 * where line-scoped rules run. Whatever the text's size, many lines or few, and whatever came
 * before it, one text must give what its lines give one by one.
 */
function lineByLine(scanner: Scanner, path: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => scanner.scan({ path, text: line }).map((f) => `${i + 1}:${f.ruleId}:${f.secret}`));
}
function whole(scanner: Scanner, path: string, text: string): string[] {
  return scanner.scan({ path, text }).map((f) => `${f.line}:${f.ruleId}:${f.secret}`);
}

describe('Scanner over many texts', () => {
  const names = ['password', 'api_key', 'client_secret', 'auth_token', 'db_pass', 'secret_key'];
  const makeText = (lines: number, seed: number) =>
    Array.from({ length: lines }, (_, i) => {
      const n = (i * 7 + seed) % 5;
      if (n === 0) return `${names[i % names.length]} = "${fake.alnum(12)}${fake.hex(12)}"`;
      if (n === 1) return `const label = "${names[(i + 1) % names.length]}"; // no value here`;
      if (n === 2) return `  ${names[(i + 2) % names.length]}: '${fake.base64url(28)}',`;
      return `function f${i}(a, b) { return a + b; }`;
    }).join('\n');

  it.each([3, 40, 300])('a text of %i lines finds what its lines find one by one', (lines) => {
    const scanner = new Scanner(builtinRules);
    const text = makeText(lines, lines);
    const expected = lineByLine(new Scanner(builtinRules), 'src/config.ts', text).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(whole(scanner, 'src/config.ts', text).sort()).toEqual(expected);
  });

  it('one scanner gives the same findings for a text whatever it scanned before', () => {
    const texts = [makeText(300, 1), makeText(5, 2), '', 'nothing to see', makeText(80, 3)];
    const shared = new Scanner(builtinRules);
    for (const text of texts) expect(whole(shared, 'app/settings.py', text)).toEqual(whole(new Scanner(builtinRules), 'app/settings.py', text));
  });
});
