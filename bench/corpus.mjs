// Deterministic generator of realistic-looking TypeScript source for benchmarks:
// imports, functions, comments, string literals, config lookups and the
// secret-adjacent words (token, password, key) that real code is full of, so
// the keyword prefilter and the generic detectors do the work they do in
// practice. It contains no secrets: benchmark time is scanning, not reporting.

export function makeGenerator(seed) {
  let s = seed >>> 0 || 1;
  const next = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x100000000;
  };
  const pick = (arr) => arr[Math.floor(next() * arr.length)];
  const int = (n) => Math.floor(next() * n);
  return { next, pick, int };
}

const WORDS = ['user', 'account', 'session', 'request', 'response', 'order', 'invoice', 'payment', 'cache', 'config', 'client', 'server', 'handler', 'route', 'item', 'list', 'value', 'result', 'error', 'state', 'token', 'key', 'auth', 'password', 'secret', 'settings', 'profile', 'message', 'queue', 'event'];
const VERBS = ['get', 'set', 'load', 'save', 'update', 'create', 'delete', 'find', 'parse', 'render', 'validate', 'refresh', 'build', 'send', 'fetch'];

function ident(g) {
  const a = g.pick(WORDS);
  const b = g.pick(WORDS);
  return a + b[0].toUpperCase() + b.slice(1);
}
function fn(g) {
  const w = g.pick(WORDS);
  return g.pick(VERBS) + w[0].toUpperCase() + w.slice(1);
}

const LINES = [
  (g) => `import { ${fn(g)}, ${fn(g)} } from './${g.pick(WORDS)}/${g.pick(WORDS)}.js';`,
  (g) => `export async function ${fn(g)}(${ident(g)}: string, options = {}) {`,
  (g) => `  const ${ident(g)} = await ${fn(g)}(${ident(g)}, { retries: ${g.int(5)} });`,
  (g) => `  if (!${ident(g)}) throw new Error('${g.pick(WORDS)} ${g.pick(WORDS)} is missing');`,
  (g) => `  // ${g.pick(VERBS)} the ${g.pick(WORDS)} before we ${g.pick(VERBS)} the ${g.pick(WORDS)} (see #${g.int(9000)})`,
  (g) => `  return { ${ident(g)}, ${ident(g)}: ${ident(g)}.${g.pick(WORDS)}, count: ${g.int(100)} };`,
  (g) => `}`,
  (g) => ``,
  (g) => `const ${ident(g)}Url = \`https://api.example.org/v${g.int(3)}/${g.pick(WORDS)}/\${id}\`;`,
  (g) => `  const token = process.env.${g.pick(WORDS).toUpperCase()}_TOKEN ?? '';`,
  (g) => `  const password = await vault.read('${g.pick(WORDS)}/${g.pick(WORDS)}');`,
  (g) => `  headers['Authorization'] = \`Bearer \${await ${fn(g)}()}\`;`,
  (g) => `  logger.info('${g.pick(VERBS)}ed ${g.pick(WORDS)}', { id: ${ident(g)}.id, key: cacheKey });`,
  (g) => `  for (const ${g.pick(WORDS)} of ${ident(g)}) ${fn(g)}(${g.pick(WORDS)});`,
  (g) => `export const ${ident(g).toUpperCase()}_TIMEOUT_MS = ${g.int(60000)};`,
  (g) => `  const key = \`\${${ident(g)}}:\${${ident(g)}}\`;`,
  (g) => `  expect(${fn(g)}('${g.pick(WORDS)}')).toEqual({ ok: true, ${g.pick(WORDS)}: ${g.int(10)} });`,
  (g) => `  /** Returns the ${g.pick(WORDS)} for the given ${g.pick(WORDS)}, or undefined. */`,
];

export function generateSourceFile(g, lines) {
  const out = [];
  for (let i = 0; i < lines; i++) out.push(g.pick(LINES)(g));
  return out.join('\n') + '\n';
}
