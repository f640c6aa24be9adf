// External check (`npm run peers`): leakguard against the rule tests of two
// peers, gitleaks (cmd/generate/config/rules/*.go: each rule's tps and fps) and
// trufflehog (pkg/detectors/*/*_test.go: every table case whose input can be evaluated, its want
// saying positive or not, and invalidPattern values as negatives). Their
// test cases are written by other people for other engines, so they measure
// what our own corpus cannot: formats we never thought of.
//
// The labeled set is generated from the peers' sources on this machine into
// bench/.peers/ (gitignored, never committed): a public snapshot of each
// repository, fetched as DEVELOPERS.md describes, is cloned and read as text.
// Nothing of theirs is built or run. Go expressions that build a test string
// are evaluated for the few helpers gitleaks uses (GenerateSampleSecrets,
// secrets.NewSecret over a simple regex, string concatenation); anything else
// is skipped and counted. Placeholder positives (xoxp-XXXX…, 12345678-ABCD…)
// are skipped, as the issue asks: they test a regex, not a detector.
//
//   node bench/peers.mjs [--show-misses N] [--show-fps N]
//   PEERS_MIRRORS=<dir>  bare repositories (default /work/.mirror)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench/.peers');
const MIRRORS = process.env.PEERS_MIRRORS ?? '/work/.mirror';
const args = process.argv.slice(2);
const SHOW_MISSES = Number(args[args.indexOf('--show-misses') + 1]) || (args.includes('--show-misses') ? 40 : 0);
const SHOW_FPS = Number(args[args.indexOf('--show-fps') + 1]) || (args.includes('--show-fps') ? 40 : 0);
const { Scanner, builtinRules } = await import(pathToFileURL(join(ROOT, 'dist/index.js')).href);

mkdirSync(OUT, { recursive: true });
function checkout(repo) {
  const mirror = join(MIRRORS, repo.replace('/', '+'), 'repo');
  const dir = join(OUT, repo.replace('/', '+'));
  if (!existsSync(dir)) {
    if (!existsSync(mirror)) return undefined;
    const r = spawnSync('git', ['clone', '--quiet', '--depth', '1', `file://${mirror}`, dir], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`clone ${repo}: ${r.stderr}`);
  }
  return dir;
}

// ---- a seeded generator of strings matching a simple regex (what secrets.NewSecret does) ----
let seed = 0x9e3779b9;
const rand = (n) => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
};
function classChars(body) {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    let c = body[i];
    if (c === '\\') {
      const e = body[++i];
      out += e === 'd' ? '0123456789' : e === 'w' ? 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_' : e === 's' ? ' ' : e;
      continue;
    }
    if (body[i + 1] === '-' && i + 2 < body.length && body[i + 2] !== ']') {
      for (let k = c.charCodeAt(0); k <= body.charCodeAt(i + 2); k++) out += String.fromCharCode(k);
      i += 2;
    } else out += c;
  }
  return out;
}
/** Generates one string for a regex made of literals, classes, groups with |, and quantifiers; undefined if unsupported. */
function generate(re) {
  re = re.replace(/^\(\?i\)/, '').replace(/^\^|\$$/g, '');
  let i = 0;
  const alt = () => {
    const branches = [[]];
    while (i < re.length && re[i] !== ')') {
      if (re[i] === '|') {
        branches.push([]);
        i++;
        continue;
      }
      const atom = parseAtom();
      if (atom === undefined) throw new Error('unsupported');
      branches[branches.length - 1].push(atom);
    }
    return () => branches[rand(branches.length)].map((a) => a()).join('');
  };
  const parseAtom = () => {
    let gen;
    const c = re[i];
    if (c === '(') {
      i++;
      if (re.startsWith('?:', i)) i += 2;
      else if (re.startsWith('?P<', i) || re.startsWith('?<', i)) i = re.indexOf('>', i) + 1;
      else if (re[i] === '?') return undefined;
      const inner = alt();
      if (re[i] !== ')') return undefined;
      i++;
      gen = inner;
    } else if (c === '[') {
      const end = re.indexOf(']', i + 2);
      if (re[i + 1] === '^' || end < 0) return undefined;
      const chars = classChars(re.slice(i + 1, end));
      i = end + 1;
      gen = () => chars[rand(chars.length)];
    } else if (c === '\\') {
      const e = re[i + 1];
      i += 2;
      if (e === 'b') return () => '';
      const chars = e === 'd' ? '0123456789' : e === 'w' ? 'abcdefghijklmnopqrstuvwxyz0123456789' : /[A-Za-z]/.test(e) ? undefined : e;
      if (chars === undefined) return undefined;
      gen = () => chars[rand(chars.length)];
    } else if (c === '.' || c === '^' || c === '$') {
      return undefined;
    } else {
      i++;
      gen = () => c;
    }
    // quantifier
    let min = 1;
    let max = 1;
    const q = /^(?:\{(\d+)(?:,(\d*))?\}|\?|\+|\*)/.exec(re.slice(i));
    if (q) {
      i += q[0].length;
      if (q[0] === '?') (min = 0), (max = 1);
      else if (q[0] === '+') (min = 1), (max = 8);
      else if (q[0] === '*') (min = 0), (max = 8);
      else (min = Number(q[1])), (max = q[2] === undefined ? min : q[2] === '' ? min + 8 : Number(q[2]));
    }
    const g = gen;
    return () => {
      const n = min + rand(max - min + 1);
      let s = '';
      for (let k = 0; k < n; k++) s += g();
      return s;
    };
  };
  try {
    const top = alt();
    if (i !== re.length) return undefined;
    return top();
  } catch {
    return undefined;
  }
}

// ---- a tiny evaluator for the Go expressions gitleaks builds its test cases with ----
function tokenize(src) {
  const toks = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) i++;
    else if (src.startsWith('//', i)) i = src.indexOf('\n', i) === -1 ? src.length : src.indexOf('\n', i);
    else if (c === '"') {
      let j = i + 1;
      let s = '';
      while (j < src.length && src[j] !== '"') {
        if (src[j] === '\\') {
          const e = src[j + 1];
          s += e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e;
          j += 2;
        } else s += src[j++];
      }
      toks.push({ t: 'str', v: s });
      i = j + 1;
    } else if (c === '`') {
      const j = src.indexOf('`', i + 1);
      toks.push({ t: 'str', v: src.slice(i + 1, j) });
      i = j + 1;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][\w.]*/.exec(src.slice(i));
      toks.push({ t: 'id', v: m[0] });
      i += m[0].length;
    } else if (src.startsWith('...', i)) {
      toks.push({ t: 'p', v: '...' });
      i += 3;
    } else if (src.startsWith('[]', i)) {
      toks.push({ t: 'p', v: '[]' });
      i += 2;
    } else {
      toks.push({ t: 'p', v: c });
      i++;
    }
  }
  return toks;
}

const SAMPLE_TEMPLATES = [
  '{i}Token="{s}"', '{i}Token = "{s}"', '{i}Token={s}', '{i}Token = {s}', '{\n    "{i}_token": "{s}"\n}', '{"config.ini": "{I}_TOKEN={s}\\nBACKUP_ENABLED=true"}',
  '<{i}Token>\n    {s}\n</{i}Token>', '{i}_token: {s}', "{i}_token: '{s}'", '{i}_token: "{s}"', 'string {i}Token = "{s}";', 'var {i}Token string = "{s}"',
  '{i}Token := "{s}"', '{i}Token := `{s}`', 'String {i}Token = "{s}";', 'var {i}Token = "{s}"', '${i}Token .= "{s}"', "{i}Token = '{s}'", '{i}Token = "{s}"',
  'System.setProperty("{I}_TOKEN", "{s}")', '  "{i}Token" => "{s}"', '{i}_TOKEN = "{s}"', '{i}_TOKEN := "{s}"', '{i}_TOKEN ::= "{s}"', '{i}_TOKEN :::= "{s}"', '{i}_TOKEN ?= "{s}"',
];
const HELPERS = {
  'utils.Numeric': (n) => `[0-9]{${n}}`,
  'utils.Hex': (n) => `[a-f0-9]{${n}}`,
  'utils.AlphaNumeric': (n) => `[a-z0-9]{${n}}`,
  'utils.AlphaNumericExtendedShort': (n) => `[a-z0-9_-]{${n}}`,
  'utils.AlphaNumericExtended': (n) => `[a-z0-9=_\\-]{${n}}`,
  'utils.AlphaNumericExtendedLong': (n) => `[a-z0-9\\/=_\\+\\-]{${n}}`,
  'utils.Hex8_4_4_4_12': () => '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
};

/** Evaluates a Go expression to a string or a list of strings; undefined when it uses anything unknown. */
function evaluate(toks, vars) {
  let i = 0;
  const peek = () => toks[i];
  const expect = (v) => {
    if (toks[i]?.v !== v) throw new Error(`expected ${v}`);
    i++;
  };
  const args = () => {
    expect('(');
    const out = [];
    while (peek() && peek().v !== ')') {
      out.push(expr());
      if (peek()?.v === '...') i++;
      if (peek()?.v === ',') i++;
    }
    expect(')');
    return out;
  };
  const primary = () => {
    const tk = toks[i++];
    if (!tk) throw new Error('eof');
    if (tk.t === 'str') return tk.v;
    if (tk.v === '[]') {
      expect('string');
      expect('{');
      const list = [];
      while (peek() && peek().v !== '}') {
        const v = tryExpr();
        if (v !== undefined) list.push(...(Array.isArray(v) ? v : [v]));
        else skipped.count++;
        if (peek()?.v === ',') i++;
      }
      expect('}');
      return list;
    }
    if (tk.t === 'id') {
      if (peek()?.v === '(') {
        const a = args();
        if (tk.v === 'append') return a.flatMap((x) => (Array.isArray(x) ? x : [x]));
        if (tk.v in HELPERS) return HELPERS[tk.v](...a);
        if (tk.v === 'secrets.NewSecret') {
          const g = generate(a[0]);
          if (g === undefined) throw new Error('regex');
          return g;
        }
        if (tk.v === 'utils.GenerateSampleSecrets') return SAMPLE_TEMPLATES.map((t) => t.replaceAll('{i}', a[0]).replaceAll('{I}', a[0].toUpperCase()).replaceAll('{s}', a[1]));
        if (tk.v === 'utils.GenerateSampleSecret') return `${a[0]}_api_token = "${a[1]}"`;
        if (tk.v === 'strings.Repeat') return a[0].repeat(a[1]);
        throw new Error(`call ${tk.v}`);
      }
      if (vars.has(tk.v)) return vars.get(tk.v);
      throw new Error(`ident ${tk.v}`);
    }
    throw new Error(`token ${tk.v}`);
  };
  const expr = () => {
    let v = primary();
    while (peek()?.v === '+') {
      i++;
      const w = primary();
      if (Array.isArray(v) || Array.isArray(w)) throw new Error('concat list');
      v = v + w;
    }
    return v;
  };
  // An element that cannot be evaluated is skipped without losing the rest of the list.
  const tryExpr = () => {
    const start = i;
    try {
      return expr();
    } catch {
      i = start;
      let depth = 0;
      while (i < toks.length) {
        const v = toks[i].v;
        if ((v === ',' || v === '}') && depth === 0) break;
        if (v === '(' || v === '{') depth++;
        if (v === ')' || v === '}') depth--;
        i++;
      }
      return undefined;
    }
  };
  return tryExpr();
}

const skipped = { count: 0 };
const PLACEHOLDER_TEXT = /(.)\1{7,}|x{4,}|X{4,}|\*{4,}|0{8,}|1234567|abcdefgh|ABCDEFGH|<[A-Za-z_ -]+>|\.\.\.|example|EXAMPLE|your[-_]?/;
/** Ten letters in alphabet order anywhere (`klmnopqrst`): typed, as abcdefgh is (the engine's filler check says the same). */
const ALPHABET_RUN = new RegExp(Array.from({ length: 17 }, (_, i) => String.fromCharCode(97 + i, 98 + i, 99 + i, 100 + i, 101 + i, 102 + i, 103 + i, 104 + i, 105 + i, 106 + i)).join('|'), 'i');
const PLACEHOLDER = { test: (text) => PLACEHOLDER_TEXT.test(text) || ALPHABET_RUN.test(text) };

function gitleaksCases(dir) {
  const rulesDir = join(dir, 'cmd/generate/config/rules');
  const cases = [];
  for (const file of readdirSync(rulesDir).filter((f) => f.endsWith('.go') && !f.endsWith('_test.go'))) {
    const src = readFileSync(join(rulesDir, file), 'utf8');
    // Each `tps`/`fps` statement, to its end of statement (a newline at bracket depth 0).
    const vars = new Map();
    for (const m of src.matchAll(/^\s*(tps|fps|truePositives|falsePositives)\s*:?=\s*/gm)) {
      let j = m.index + m[0].length;
      let depth = 0;
      let inStr = '';
      for (; j < src.length; j++) {
        const c = src[j];
        if (inStr) {
          if (c === '\\' && inStr === '"') j++;
          else if (c === inStr) inStr = '';
          continue;
        }
        if (c === '"' || c === '`') inStr = c;
        else if ('({['.includes(c)) depth++;
        else if (')}]'.includes(c)) depth--;
        else if (c === '\n' && depth === 0) break;
      }
      const name = m[1].startsWith('t') ? 'tps' : 'fps';
      vars.set('tps', vars.get('tps') ?? []);
      vars.set('fps', vars.get('fps') ?? []);
      const v = evaluate(tokenize(src.slice(m.index + m[0].length, j)), vars);
      if (v === undefined) {
        skipped.count++;
        continue;
      }
      vars.set(name, Array.isArray(v) ? v : [v]);
    }
    for (const text of vars.get('tps') ?? []) cases.push({ peer: 'gitleaks', source: file, positive: true, text });
    for (const text of vars.get('fps') ?? []) cases.push({ peer: 'gitleaks', source: file, positive: false, text });
  }
  return cases;
}

// ---- trufflehog's table tests: each { name, input, want } case, input evaluated from the file's strings ----
/** A Go expression of string literals, the file's string variables, `+` and fmt.Sprintf; undefined if it is anything else. */
function goString(src, at, vars) {
  let i = at;
  const ws = () => {
    while (/\s/.test(src[i] ?? '')) i++;
  };
  function term() {
    ws();
    if (src[i] === '"') {
      let j = i + 1;
      while (j < src.length && src[j] !== '"') j += src[j] === '\\' ? 2 : 1;
      const lit = src.slice(i, j + 1);
      i = j + 1;
      try {
        return JSON.parse(lit.replace(/\\'/g, "'"));
      } catch {
        return undefined;
      }
    }
    if (src[i] === '`') {
      const j = src.indexOf('`', i + 1);
      const lit = src.slice(i + 1, j);
      i = j + 1;
      return lit;
    }
    if (src.startsWith('fmt.Sprintf(', i)) {
      i += 'fmt.Sprintf('.length;
      const args = [];
      for (;;) {
        const a = expr();
        if (a === undefined) return undefined;
        args.push(a);
        ws();
        if (src[i] === ',') {
          i++;
          ws();
          if (src[i] === ')') break;
          continue;
        }
        break;
      }
      ws();
      if (src[i] !== ')') return undefined;
      i++;
      const [format, ...rest] = args;
      let k = 0;
      return format.replace(/%[svq]/g, (m) => (m === '%q' ? JSON.stringify(rest[k++] ?? '') : String(rest[k++] ?? '')));
    }
    const id = /^[A-Za-z_]\w*/.exec(src.slice(i))?.[0];
    if (id && vars.has(id)) {
      i += id.length;
      return vars.get(id);
    }
    return undefined;
  }
  function expr() {
    let v = term();
    for (;;) {
      const save = i;
      ws();
      if (src[i] !== '+' || v === undefined) {
        i = save;
        return v;
      }
      i++;
      const w = term();
      if (w === undefined) return undefined;
      v += w;
    }
  }
  const value = expr();
  return value === undefined ? undefined : { value, end: i };
}

function trufflehogCases(dir) {
  const root = join(dir, 'pkg/detectors');
  const cases = [];
  for (const name of readdirSync(root)) {
    let files;
    try {
      files = readdirSync(join(root, name)).filter((f) => f.endsWith('_test.go') && !f.includes('integration'));
    } catch {
      continue;
    }
    for (const file of files) {
      const src = readFileSync(join(root, name, file), 'utf8');
      // The file's string variables and constants (validPattern, keyword, secret…), for the inputs that use them.
      const vars = new Map();
      for (const m of src.matchAll(/^\s*(\w+)\s*(?::=|=)\s*(?=["`]|fmt\.Sprintf)/gm)) {
        const v = goString(src, m.index + m[0].length, vars);
        if (v) vars.set(m[1], v.value);
      }
      const before = cases.length;
      // Table cases: an input whose want is non-empty is a positive, with the input's own context.
      for (const m of src.matchAll(/\binput:\s*/g)) {
        const v = goString(src, m.index + m[0].length, vars);
        if (!v) {
          skipped.count++;
          continue;
        }
        const want = /^\s*,\s*(?:\/\/[^\n]*\s*)*want:\s*([^\n]*)/.exec(src.slice(v.end, v.end + 400));
        if (!want) continue;
        const empty = /^(?:nil|\[\]string\{\}|\[\]detectors\.Result\{\})/.test(want[1].trim());
        if (!empty && v.value.trim()) cases.push({ peer: 'trufflehog', source: `${name}/${file}`, positive: true, text: v.value });
      }
      const tabled = cases.length > before;
      for (const m of src.matchAll(/^\s*(validPattern\w*|invalidPattern\w*|complexPattern\w*)\s*=\s*("(?:\\.|[^"\\\n])*"|`[^`]*`)/gm)) {
        const raw = m[2];
        const text = raw.startsWith('`') ? raw.slice(1, -1) : JSON.parse(raw.replace(/\\'/g, "'"));
        const positive = !m[1].startsWith('invalid');
        // Positives come from the tables where a file has them (with their own context); otherwise a bare value gets
        // the name gitleaks' GenerateSampleSecret gives it, and snippets keep their own context.
        // Negatives are scanned as they are: "not this provider's format" is not "not a secret".
        if (positive && tabled) continue;
        const sample = !positive || /\s/.test(text.trim()) ? text : `${name}_api_token = "${text}"`;
        cases.push({ peer: 'trufflehog', source: `${name}/${file}`, positive, text: sample });
      }
    }
  }
  return cases;
}

const all = [];
for (const [repo, extract] of [['gitleaks/gitleaks', gitleaksCases], ['trufflesecurity/trufflehog', trufflehogCases]]) {
  const dir = checkout(repo);
  if (!dir) {
    console.log(`${repo}: not on this machine (fetch it first); skipped`);
    continue;
  }
  all.push(...extract(dir));
}
const placeholders = all.filter((c) => c.positive && PLACEHOLDER.test(c.text));
// A peer's negatives are per rule ("rule X must not match this"); one that is another rule's positive is not a negative.
const positives = new Set(all.filter((c) => c.positive).map((c) => c.text));
const cases = all.filter((c) => (c.positive ? !PLACEHOLDER.test(c.text) : !positives.has(c.text)));
writeFileSync(join(OUT, 'cases.json'), JSON.stringify(cases, null, 1));

const scanner = new Scanner(builtinRules);
const stats = {};
const misses = [];
const fps = [];
for (const c of cases) {
  const s = (stats[c.peer] ??= { pos: 0, hit: 0, neg: 0, fp: 0 });
  const found = scanner.scan({ path: 'sample.txt', text: c.text });
  if (c.positive) {
    s.pos++;
    if (found.length) s.hit++;
    else misses.push(c);
  } else {
    s.neg++;
    if (found.some((f) => f.warning === undefined)) {
      s.fp++;
      fps.push(c);
    }
  }
}
console.log(`\nExternal check: peers' own rule tests (${cases.length} cases; ${placeholders.length} placeholder positives and ${skipped.count} unevaluable Go expressions skipped)\n`);
console.log('| peer | positives | recall | negatives | false-positive rate |');
console.log('|---|---:|---:|---:|---:|');
for (const [peer, s] of Object.entries(stats)) console.log(`| ${peer} | ${s.pos} | ${((100 * s.hit) / s.pos).toFixed(1)}% | ${s.neg} | ${s.neg ? ((100 * s.fp) / s.neg).toFixed(1) + '%' : '–'} |`);
const tot = Object.values(stats).reduce((a, s) => ({ pos: a.pos + s.pos, hit: a.hit + s.hit, neg: a.neg + s.neg, fp: a.fp + s.fp }), { pos: 0, hit: 0, neg: 0, fp: 0 });
console.log(`| **all** | ${tot.pos} | **${((100 * tot.hit) / tot.pos).toFixed(1)}%** | ${tot.neg} | **${((100 * tot.fp) / (tot.neg || 1)).toFixed(1)}%** |`);
const show = (list, n, title) => {
  if (!n) return;
  console.log(`\n${title} (${list.length}, first ${Math.min(n, list.length)}; values shortened):`);
  // Their test values are fake, but they look like credentials: never print one whole.
  for (const c of list.slice(0, n)) console.log(`  ${c.peer} ${c.source}: ${c.text.replace(/\s+/g, ' ').replace(/[A-Za-z0-9+/=_.-]{12,}/g, (t) => `${t.slice(0, 6)}…(${t.length})`).slice(0, 140)}`);
};
if (args.includes('--by-source')) {
  const by = {};
  for (const m of misses) by[m.source] = (by[m.source] ?? 0) + 1;
  console.log(Object.entries(by).sort((a, b) => b[1] - a[1]).slice(0, 60).map(([k, v]) => `${k} ${v}`).join(', '));
}
show(misses, SHOW_MISSES, 'Missed positives');
show(fps, SHOW_FPS, 'Blocking findings on negatives');
