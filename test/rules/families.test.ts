import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Scanner } from '../../src/detect/engine.js';
import { BUILTIN_RULE_IDS, FAMILY_KEYWORDS } from '../../src/rules/families.generated.js';
import { builtinRules, familyNames, familyRules, fileRules, ruleFamilies } from '../../src/rules/index.js';
import { FamilySelector } from '../../src/rules/select.js';
import { buildCorpus, HARD_NEGATIVES } from '../corpus/corpus.js';
import { fake } from '../../src/rules/fake.js';

const render = (findings: { line: number; column: number; ruleId: string; secret?: string; warning?: string }[]) =>
  findings.map((f) => `${f.line}:${f.column}:${f.ruleId}:${f.secret}:${f.warning ?? ''}`);

/** What a scan that builds only the families its text needs finds (as the pipeline does for a hook). */
function asNeeded(path: string, text: string): string[] {
  const selector = new FamilySelector();
  selector.need(text);
  return render(new Scanner(selector.families().flatMap((f) => familyRules(f))).scan({ path, text }));
}

const whole = new Scanner(builtinRules);

describe('catalog families built as needed', () => {
  it('the generated keyword index is the catalog’s (npm run build writes it)', () => {
    expect(FAMILY_KEYWORDS.length).toBe(familyNames.length);
    familyNames.forEach((name, i) => {
      const rules = familyRules(i);
      expect(FAMILY_KEYWORDS[i]![0], name).toBe(rules.some((r) => r.keywords.length === 0));
      expect([...FAMILY_KEYWORDS[i]![1]], name).toEqual([...new Set(rules.flatMap((r) => r.keywords.map((k) => k.toLowerCase())))].sort());
    });
  });

  it('the generated built-in id list is the catalog’s ids, content and file rules', () => {
    expect([...BUILTIN_RULE_IDS].sort()).toEqual([...new Set([...builtinRules.map((r) => r.id), ...fileRules.map((r) => r.id)])].sort());
  });

  it('families are built once, and the catalog is their rules in precedence order', () => {
    expect(familyRules(0)).toBe(familyRules(0));
    // Each rule in exactly one family, no family empty, ids unique: properties of the catalog,
    // not the expression that builds it.
    const familyOf = new Map<object, number>();
    familyNames.forEach((name, i) => {
      expect(familyRules(i).length, name).toBeGreaterThan(0);
      for (const r of familyRules(i)) {
        expect(familyOf.has(r), `${r.id} is in two families`).toBe(false);
        familyOf.set(r, i);
      }
    });
    expect(new Set(builtinRules.map((r) => r.id)).size).toBe(builtinRules.length);
    expect(builtinRules.length).toBe(familyOf.size);
    // Precedence: earlier families win ties, so the catalog lists them in order (a family index never goes back).
    const order = builtinRules.map((r) => familyOf.get(r));
    expect(order.every((f) => f !== undefined)).toBe(true);
    expect(order.every((f, i) => i === 0 || f! >= order[i - 1]!)).toBe(true);
    // Provider rules come before the generic ones they would otherwise lose to.
    expect(familyOf.get(builtinRules.find((r) => r.id === 'github-ghp')!)).toBeLessThan(familyOf.get(builtinRules.find((r) => r.id === 'generic-secret-assignment')!)!);
    expect(Object.keys(ruleFamilies)).toEqual([...familyNames]);
  });

  const corpus = buildCorpus();
  it.each([
    ['every rule’s true and false positive examples', builtinRules.flatMap((r) => [...r.tps(), ...r.fps].map((text) => ['config/app.env', text] as const))],
    ['the labelled corpus', corpus.map((s) => [s.path, s.text] as const)],
    ['the hard negatives', HARD_NEGATIVES.map(([path, text]) => [path, text] as const)],
    ['real source files', ['src/detect/engine.ts', 'src/rules/cloud.ts', 'src/rules/keys.ts', 'README.md'].map((f) => [f, readFileSync(f, 'utf8')] as const)],
  ])('find what the whole catalog finds: %s', (_, texts) => {
    let found = 0;
    for (const [path, text] of texts) {
      const expected = render(whole.scan({ path, text }));
      found += expected.length;
      expect(asNeeded(path, text), text.slice(0, 80)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(0);
  });

  it('a keyword only a decoded view holds still brings its family in', () => {
    // A Kubernetes Secret's base64 value decodes to a GitHub token: "ghp_" is nowhere in the text itself.
    const token = fake.checksummed('ghp_');
    const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ndata:\n  token: ${Buffer.from(token).toString('base64')}\n`;
    expect(text.toLowerCase()).not.toContain('ghp_');
    const expected = render(whole.scan({ path: 'k8s/secret.yaml', text }));
    expect(expected.some((f) => f.includes('github'))).toBe(true);
    expect(asNeeded('k8s/secret.yaml', text)).toEqual(expected);
  });

  it('plain code needs a few families, not the catalog', () => {
    const selector = new FamilySelector();
    const always = FAMILY_KEYWORDS.filter(([a]) => a).length;
    expect(selector.families().length).toBe(always);
    selector.need('export function add(a: number, b: number) {\n  return a + b;\n}\n');
    expect(selector.families().length).toBe(always);
    const code = readFileSync('src/pipeline.ts', 'utf8');
    selector.need(code);
    expect(selector.families().length).toBeLessThan(familyNames.length);
    // A provider's prefix brings in its family and no other.
    const before = selector.families();
    expect(selector.need(`const t = "${fake.checksummed('ghp_')}";`)).toBe(true);
    const added = selector.families().filter((f) => !before.includes(f));
    expect(added.map((f) => familyNames[f])).toEqual(['source hosting & CI']);
    expect(selector.need('nothing new here')).toBe(false);
  });
});
