import { describe, expect, it } from 'vitest';
import { Scanner, type DroppedCandidate } from '../../src/detect/engine.js';
import { builtinRules } from '../../src/rules/index.js';
import { fake } from '../../src/rules/fake.js';

/**
 * `leakguard explain` names the check that dropped a value, for the generic rules whose checks are many
 * (the assignment, high-entropy and named-key rules): each row is a value one check drops, scanned by the
 * real engine with a trace, and the words explain shows for it.
 */
type Row = [what: string, path: string, text: () => string, rule: string, why: RegExp];
const ROWS: Row[] = [
  ['a placeholder', 'config/app.yml', () => 'password: "changeme"', 'generic-secret-assignment', /: a placeholder$/],
  ['a label that spells its name', 'config/app.yml', () => 'api_token: "your-api-token-here"', 'generic-secret-assignment', /the value spells the name's words/],
  ['an interpolation', 'src/app.py', () => 'api_secret = f"{prefix}-${suffix}"', 'generic-secret-assignment', /built at run time/],
  ['a string joined to code', 'src/app.js', () => 'const apiToken = "v1-" + suffix;', 'generic-secret-assignment', /a string joined to code/],
  ['a scope name', 'public/ace/mode-c.js', () => '  token : "support.function.C99.c",', 'generic-secret-assignment', /the name of something else/],
  ['a CSS selector', 'Views/Vault.cshtml', () => '<button data-toggle-password="#PassphraseInput">', 'generic-secret-assignment', /a selector/],
  ['a word in a catalogue', 'web/i18n-messages/de.json', () => '  "password": "Passwort",', 'generic-secret-assignment', /a word in a translation catalogue/],
  ['an ORM constraint name', 'src/migrations/init.ts', () => `CONSTRAINT "UQ_${fake.hex(27)}" UNIQUE ("accessTokenHash")`, 'generic-high-entropy', /a database object's generated name/],
  ['a Doctrine index renamed', 'migrations/Version20240310.php', () => `$this->renameIndex('oauth2_access_tokens', 'idx_${fake.hex(16)}', 'user_id');`, 'generic-high-entropy', /a database object's generated name/],
  ['a constraint named otherwise', 'src/migrations/init.ts', () => `CONSTRAINT "${fake.alnum(30)}" UNIQUE ("accessTokenHash")`, 'generic-high-entropy', /held as an identifier/],
  ['a CSRF token', 'templates/form.html', () => `<input name="csrf_token" value="${fake.alnum(40)}">`, 'generic-high-entropy', /a CSRF token/],
  ['a data structure\'s key', 'src/cache.ts', () => `const partitionKey = "${fake.alnum(32)}";`, 'generic-named-key', /a data structure's key or a public value \("partition"\)/],
  ['a UUID under "key"', 'config/app.yml', () => `license_key: ${fake.hex(8)}-${fake.hex(4)}-${fake.hex(4)}-${fake.hex(4)}-${fake.hex(12)}`, 'generic-named-key', /a UUID/],
  ["a provider's client id with its secret's shape", 'internal/widget.go', () => `const twitchGqlClientId = "${fake.lowerAlnum(30)}"`, 'twitch-client-secret', /the name it is assigned to \(twitchGqlClientId\) says what else it is/],
  ['a name of words and numbers', 'src/ai.ts', () => '  "openAIApiKey": "sk-my-openai-1st-key",', 'generic-secret-assignment', /a name of words and numbers/],
];

function dropsOf(path: string, text: string): DroppedCandidate[] {
  const dropped: DroppedCandidate[] = [];
  new Scanner(builtinRules, { trace: (d) => dropped.push(d) }).scan({ path, text });
  return dropped;
}

describe('explain names the check that dropped a value', () => {
  it.each(ROWS)('%s (%s)', (_what, path, text, rule, why) => {
    const drops = dropsOf(path, text()).filter((d) => d.ruleId === rule);
    expect(drops.length, `${rule} saw no candidate`).toBeGreaterThan(0);
    expect(drops.map((d) => d.why)).toContainEqual(expect.stringMatching(why));
  });

  it('a rule without named checks keeps the general words', () => {
    const drops = dropsOf('src/app.ts', `const t = "${fake.join('ghp_', 'a'.repeat(36))}";`);
    for (const d of drops.filter((x) => x.why.startsWith("the rule's own checks"))) expect(d.why).not.toBe("the rule's own checks: ");
  });
});

describe('a random value is never taken for a name', () => {
  it('20,000 dotted random values (three base62 runs, as some tokens are written) are not read as a type member or a config path', () => {
    // Before: `Wfan…Jx.r84B…KQ.rfT7…` read as `Type.member`, one in 45 of them; all-letter runs as `auth.password.label`.
    const named: string[] = [];
    const scanner = new Scanner(builtinRules, { trace: (d) => { if (/a name in code|the name of something else/.test(d.why)) named.push(d.why); } });
    for (let i = 0; i < 20_000; i++) scanner.scan({ path: 'src/client.js', text: `  token: '${fake.alnum(12)}.${fake.alnum(12)}.${fake.alnum(8)}',\n` });
    expect(named).toEqual([]);
  });
});
