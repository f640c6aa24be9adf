import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Scanner } from '../../src/detect/engine.js';
import { builtinRules } from '../../src/rules/index.js';

/**
 * Provider rules on text that holds no secret: stylesheets, source maps, minified bundles, lockfiles,
 * generated documentation. A provider rule whose prefix is a word fragment (`md-`, `key-`, `sk-`,
 * `pat`) must show its format (length, alphabet, checksum, structure) or its provider's name; a match
 * here is a commit hook that blocks ordinary work. The text is this project's own dependencies
 * (installed by npm ci from the lockfile, so the same everywhere) and a generated documentation
 * site's stylesheet of custom properties, the shape that once blocked on Mandrill's `md-`.
 */
const providerRules = builtinRules.filter((r) => r.provider !== 'Generic');
const scanner = new Scanner(providerRules);
const ROOT = join(__dirname, '../..');
const KINDS = /\.(?:css|map|min\.js|md|html|lock)$|^package-lock\.json$/;

function ordinaryFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) ordinaryFiles(p, out);
    else if (e.isFile() && KINDS.test(e.name) && statSync(p).size < 2_000_000) out.push(p);
  }
  return out;
}

/** A documentation theme's stylesheet, minified: hundreds of `--md-*` custom properties and class names. */
function docsStylesheet(): string {
  const parts = ['default', 'primary', 'accent', 'typeset', 'code', 'admonition', 'footer', 'shadow', 'hue', 'sys', 'ref', 'palette'];
  const roles = ['fg', 'bg', 'hl', 'kbd', 'mark', 'del', 'ins', 'table', 'a', 'color', 'border', 'keyword', 'number', 'string', 'comment'];
  const tones = ['light', 'lighter', 'lightest', 'dark', 'transparent', 'hover', 'focus', 'variant', 'container', 'outline'];
  const decls: string[] = [];
  for (const a of parts) for (const b of roles) for (const t of tones) decls.push(`--md-${a}-${b}-color--${t}:var(--md-${b}-${a}-${t})`, `.md-${a}__${b}--${t}{color:var(--md-${a}-${b}-${t}-color)}`);
  return `:root{${decls.join(';')}}`;
}

describe('provider rules are quiet on ordinary text', () => {
  const files = ordinaryFiles(join(ROOT, 'node_modules'));

  it('reads a corpus of stylesheets, source maps, bundles, lockfiles and documents', () => {
    expect(files.length).toBeGreaterThan(200);
  });

  it('finds nothing blocking in them', () => {
    const blocking: string[] = [];
    for (const f of [...files, join(ROOT, 'package-lock.json')]) {
      for (const x of scanner.scan({ path: f.slice(ROOT.length + 1), text: readFileSync(f, 'utf8') })) if (x.warning === undefined) blocking.push(`${f.slice(ROOT.length + 1)}:${x.line} ${x.ruleId}`);
    }
    expect(blocking).toEqual([]);
  });

  it('finds nothing in a documentation theme\'s custom properties', () => {
    const css = docsStylesheet();
    expect(css.length).toBeGreaterThan(50_000);
    expect(scanner.scan({ path: 'site/assets/stylesheets/main.min.css', text: css }).map((f) => f.ruleId)).toEqual([]);
  });
});
