import pc from 'picocolors';
import { loadConfig } from '../../config/load.js';
import { repoRoot } from '../../git/repo.js';
import { apply, effective } from '../../init/changes.js';
import { DoctorContext } from '../../doctor/context.js';
import { safeFixes } from '../../doctor/fixes.js';
import { runChecks } from '../../doctor/index.js';
import { VERSION } from '../../version.js';
import { LeakguardError } from '../../errors.js';
import { parseCommandArgs, useColor } from '../args.js';

const HELP = `Usage: leakguard doctor [--fix] [--no-history] [--format human|json]

Checks how this repository handles secrets, item by item (pass / fail / n/a),
with the evidence and the fix for each failure: secrets in the tree and in
history; .env and keys ignored and untracked; .env.example complete and free
of real values; weak secrets; secrets shared across environments; secrets in
logs and error messages; start-up validation; hooks installed; owners and
rotation documented. Never prints a secret value.

  --fix          apply the safe fixes (ignore entries, .env.example sync, a starting SECRETS.md), then check again
  --no-history   skip the history scan
  --verify       also ask each provider whether the credentials found in history still work
                 (one read-only request per credential; see leakguard verify --help)
Exit codes: 0 every item passes or does not apply, 1 an item fails, 2 error.
`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, { fix: { type: 'boolean' }, 'no-history': { type: 'boolean' }, verify: { type: 'boolean' }, format: { type: 'string' }, 'no-color': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, 'doctor');
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const format = values.format ?? 'human';
  if (format !== 'human' && format !== 'json') throw new LeakguardError('doctor: --format must be human or json');
  const root = await repoRoot(process.cwd());
  const config = await loadConfig(root);
  const c = pc.createColors(format === 'human' && useColor(process.stdout, values['no-color'] ? false : undefined));
  const fixed: string[] = [];
  if (values.fix) {
    const changes = effective(await safeFixes(new DoctorContext(root, config, false)));
    apply(changes);
    fixed.push(...changes.map((ch) => `${ch.display}: ${ch.reason}`));
  }
  const results = await runChecks(new DoctorContext(root, config, !values['no-history'], values.verify === true));
  const failed = results.filter((r) => r.status === 'fail').length;
  if (format === 'json') {
    process.stdout.write(JSON.stringify({ schema: 'leakguard/doctor@1', tool: { name: 'leakguard', version: VERSION }, fixed, passed: failed === 0, checks: results }, null, 2) + '\n');
    return failed ? 1 : 0;
  }
  const say = (s = '') => process.stdout.write(s + '\n');
  say(c.bold(`leakguard doctor — ${root}`));
  for (const f of fixed) say(`  ${c.cyan('fixed')} ${f}`);
  if (fixed.length) say('');
  for (const r of results) {
    const mark = r.status === 'pass' ? c.green('✔ pass') : r.status === 'fail' ? c.red('✖ fail') : c.dim('– n/a ');
    say(`${mark}  ${r.title}`);
    for (const e of r.evidence) say(c.dim(`          ${e}`));
    if (r.status === 'fail' && r.fix) say(`          ${c.cyan('fix:')} ${r.fix}`);
  }
  say('');
  say(failed ? c.red(`${failed} of ${results.length} checks failed.`) : c.green(`All ${results.length} checks pass or do not apply.`));
  return failed ? 1 : 0;
}
