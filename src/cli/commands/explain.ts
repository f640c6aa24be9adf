import pc from 'picocolors';
import { loadConfig, loadKnown } from '../../config/load.js';
import { LeakguardError } from '../../errors.js';
import { explainFingerprint, explainLine, type Explanation } from '../../explain/index.js';
import { repoRoot, toRootRelative } from '../../git/repo.js';
import { quotePath } from '../../report/quote-path.js';
import { parseCommandArgs, useColor } from '../args.js';

const HELP = `Usage: leakguard explain <file>:<line> | <fingerprint> [--history] [--format human|json]

Why leakguard blocks a value, why another is only a warning, why a third was dropped:
every candidate a rule matched on the line (or the finding with that fingerprint), with
the evidence that decided it, in the order it was weighed. Never the secret.

  <file>:<line>   every candidate on that line of the working-tree file
  <fingerprint>   a finding from leakguard scan (rule-id:hash), in the working tree
  --history       also look for the fingerprint in every commit of every branch and tag
  --format json   the same as JSON ({ "explanations": [{ …, "verdict", "why": [...] }] })
`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { history: { type: 'boolean' }, format: { type: 'string' }, 'no-color': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, 'explain');
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new LeakguardError('explain: give one <file>:<line> or one fingerprint. See leakguard explain --help.');
  const format = values.format ?? 'human';
  if (format !== 'human' && format !== 'json') throw new LeakguardError('explain: --format must be human or json');
  const cwd = process.cwd();
  const root = await repoRoot(cwd);
  const config = await loadConfig(root);
  const known = await loadKnown(root);
  const target = positionals[0]!;
  const at = /^(.+):(\d+)$/.exec(target);
  let out: Explanation[];
  if (at && !/^[a-z0-9._-]+:[0-9a-f]{20}$/.test(target)) {
    out = await explainLine(root, config, toRootRelative(root, cwd, at[1]!), Number(at[2]), known);
  } else {
    const one = await explainFingerprint(root, config, target, values.history === true, known);
    if (!one) throw new LeakguardError(`explain: no finding with fingerprint ${target} in the working tree${values.history ? ' or history' : ' (add --history to look in every commit)'}`);
    out = [one];
  }
  if (format === 'json') {
    process.stdout.write(JSON.stringify({ schema: 'leakguard/explain@1', target, explanations: out }, null, 2) + '\n');
    return 0;
  }
  const c = pc.createColors(useColor(process.stdout, values['no-color'] ? false : undefined));
  if (!out.length) {
    process.stdout.write(`leakguard explain: no rule matched anything on ${quotePath(target)}.\n`);
    return 0;
  }
  for (const e of out) {
    const verdict = e.verdict === 'blocks' ? c.red('BLOCKS') : e.verdict === 'warning' ? c.yellow(`warning: ${e.reason}`) : e.verdict === 'known' ? c.dim('known (baseline / ignore file)') : c.dim('dropped');
    process.stdout.write(`${c.bold(`${quotePath(e.file)}:${e.line}${e.column ? `:${e.column}` : ''}`)}  ${e.ruleId}${e.preview ? ` ${e.preview}` : ''} — ${verdict}${e.commit ? c.dim(` (commit ${e.commit.slice(0, 12)})`) : ''}\n`);
    for (const w of e.why) process.stdout.write(`    · ${w}\n`);
  }
  const blocks = out.find((e) => e.verdict === 'blocks');
  if (blocks?.fingerprint) process.stdout.write(`\nA reviewed false positive: put leakguard:allow in a comment on the line, or record it: leakguard allow ${blocks.fingerprint} --reason "…" (kept in .leakguardignore with who and when).\n`);
  return 0;
}
