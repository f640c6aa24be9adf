import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { basename } from 'node:path';
import pc from 'picocolors';
import { isBlocking } from '../../detect/types.js';
import { BASELINE_FILE, loadBaseline, markBaselineMergeable, writeBaseline } from '../../config/baseline.js';
import { loadConfig, loadIgnoreFile } from '../../config/load.js';
import { repoRoot } from '../../git/repo.js';
import { apply } from '../../init/changes.js';
import { exampleIsIgnored } from '../../init/gitignore.js';
import { gitDir, planInit, runHusky, writeManifest } from '../../init/install.js';
import { sensitiveFilesInHistory, trackedSensitiveFiles } from '../../init/tracked.js';
import { runPipeline } from '../../pipeline.js';
import { commitsSource } from '../../sources/commits.js';
import { filesSource } from '../../sources/files.js';
import { VERSION } from '../../version.js';
import { parseCommandArgs, useColor } from '../args.js';

const HELP = `Usage: leakguard init [--dry-run] [--baseline] [--history] [--config-package <name>]

Guards this repository from now on:
  - hooks: pre-commit scans what is staged, pre-push scans what is pushed
    (husky when there is a package.json, plain git hooks otherwise; an
    existing lint-staged setup gets leakguard as a task instead)
  - .gitignore: .env, .env.local, .env.*.local, *.key, *.pem, secrets/
  - .env.example from .env: keys and comments, never values
  - reports tracked secret files and what is already in the working tree

  --dry-run    show every change without making it
  --baseline   record today's findings in ${BASELINE_FILE} so only new leaks block
  --history    also scan every commit of every branch and tag
  --config-package <name[@range]>
               build on your organisation's shared config: leakguard.config.json
               "extends" it, and it joins devDependencies (npm install fetches it)
Running init again changes nothing; \`leakguard uninstall\` takes it back.
`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(
    argv,
    { 'dry-run': { type: 'boolean' }, baseline: { type: 'boolean' }, history: { type: 'boolean' }, 'config-package': { type: 'string' }, 'no-color': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    'init',
  );
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const c = pc.createColors(useColor(process.stdout, values['no-color'] ? false : undefined));
  const dry = values['dry-run'] === true;
  const root = await repoRoot(process.cwd());
  const plan = await planInit(root, process.cwd(), VERSION, values['config-package'] !== undefined ? { configPackage: values['config-package'] } : {});
  const say = (s = '') => process.stdout.write(s + '\n');

  const how = plan.description;
  say(`${c.bold('leakguard init')}${dry ? c.yellow(' (dry run: nothing is written)') : ''} — ${root}`);
  say(`Guarding commits and pushes with ${how}.`);
  if (plan.packageManager) say(`Package manager: ${plan.packageManager.name}${plan.packageManager.berry ? ` (Yarn Berry${plan.packageManager.pnp ? ', Plug\'n\'Play' : ''})` : ''}, from ${plan.packageManager.evidence}.`);
  if (plan.changes.length === 0 && !plan.runHusky) say(c.green('Already set up: nothing to change.'));
  for (const ch of plan.changes) say(`  ${c.cyan(dry ? 'would change' : 'changed')} ${c.bold(ch.display)}: ${ch.reason}`);
  if (plan.runHusky) say(`  ${c.cyan(dry ? 'would set' : 'set')} ${c.bold('core.hooksPath')} = .husky/_ (husky's hook runner; .husky/_ is gitignored)`);

  if (!dry) {
    apply(plan.changes);
    if (plan.runHusky) {
      const msg = await runHusky(root);
      if (msg) say(c.yellow(`  husky: ${msg}`));
    }
    writeManifest(await gitDir(root), plan.manifest);
    if (typeof plan.installer === 'object') {
      // The project's hook manager writes .git/hooks from its config; run its own installer.
      const r = spawnSync(plan.installer.cmd, plan.installer.args, { cwd: root, encoding: 'utf8' });
      say(r.status === 0 ? `  ran ${c.bold(basename(plan.installer.cmd))} ${plan.installer.args.join(' ')} to update the git hooks` : c.yellow(`  ${basename(plan.installer.cmd)} failed (${(r.stderr || r.stdout).trim().split('\n')[0]}); run it yourself to update the git hooks`));
    } else if (plan.installer) {
      say(`Run ${c.bold(plan.installer)} to update the git hooks from the new config.`);
    }
    if ((plan.mode !== 'git-hooks' || values['config-package'] !== undefined) && plan.manifest.packageJson?.edits.devDependencies?.length) {
      say(`Run ${c.bold(plan.packageManager?.install ?? 'npm install')} to install ${plan.manifest.packageJson.edits.devDependencies.join(' and ')} for everyone who clones this repository.`);
    }
  }

  if (await exampleIsIgnored(root)) say(c.yellow('Warning: .env.example is matched by a .gitignore rule; add "!.env.example" so the template can be committed.'));
  const tracked = await trackedSensitiveFiles(root);
  if (tracked.length) {
    say('');
    say(c.red(`${tracked.length} file${tracked.length === 1 ? ' that should never be committed is' : 's that should never be committed are'} tracked:`));
    for (const p of tracked) say(`  ${p}   →  git rm --cached -- '${p.replace(/'/g, `'\\''`)}'`);
    say('  (run those yourself: they stop tracking the files and keep them on disk)');
  }
  const inHistory = (await sensitiveFilesInHistory(root)).filter((p) => !tracked.includes(p));
  if (inHistory.length) {
    say(c.yellow(`In history but no longer tracked: ${inHistory.slice(0, 10).join(', ')}${inHistory.length > 10 ? ' …' : ''}`));
    say('  Rotate what they held (leakguard rotate <rule-id>), then remove them from every commit: leakguard purge --path <file>');
  }

  let config;
  try {
    config = await loadConfig(root);
  } catch (e) {
    // The shared config is installed by the next npm install, not by init (no network here).
    if (values['config-package'] === undefined || dry || !/is not installed/.test((e as Error).message)) throw e;
    say(`The first scan needs the shared config installed: run ${c.bold(plan.packageManager?.install ?? 'npm install')}, then ${c.bold('leakguard scan')}.`);
    return 0;
  }
  const ignore = await loadIgnoreFile(root);
  const baselined = await loadBaseline(root);
  for (const fp of baselined) ignore.add(fp);
  const tree = await runPipeline(filesSource(root, ['.'], { useGit: true, maxBytes: config.maxFileSize }), { config, ignore });
  let findings = tree.findings;
  say('');
  // Warnings (weak demo values, fixtures, public keys) are shown by scan but would not block a commit.
  const blockingInTree = tree.findings.filter((f) => isBlocking(f, config.failOn)).length;
  const warningsInTree = tree.findings.length - blockingInTree;
  say(
    `Working tree: ${blockingInTree ? c.red(`${blockingInTree} finding${blockingInTree === 1 ? '' : 's'}`) : c.green('no secrets')}` +
      `${warningsInTree ? ` and ${warningsInTree} warning${warningsInTree === 1 ? '' : 's'}` : ''} in ${tree.files} files${baselined.size ? ` (${tree.ignored} already in the baseline)` : ''}.`,
  );
  if (values.history) {
    const tty = process.stderr.isTTY;
    let commits = 0;
    const seen = new Set<string>();
    const progress = async function* () {
      for await (const item of commitsSource(root, ['--all'], config.maxFileSize)) {
        if (item.commit && !seen.has(item.commit)) {
          seen.add(item.commit);
          commits++;
          if (tty && commits % 50 === 0) process.stderr.write(`\rscanning history: ${commits} commits`);
        }
        yield item;
      }
    };
    const hist = await runPipeline(progress(), { config, ignore });
    if (tty) process.stderr.write('\r\x1b[K');
    const blockingInHistory = hist.findings.filter((f) => isBlocking(f, config.failOn)).length;
    say(`History: ${blockingInHistory ? c.red(`${blockingInHistory} finding${blockingInHistory === 1 ? '' : 's'}`) : c.green('no secrets')}${hist.findings.length > blockingInHistory ? ` and ${hist.findings.length - blockingInHistory} warnings` : ''} in ${seen.size} commits.`);
    findings = findings.concat(hist.findings);
  }
  if (findings.some((f) => isBlocking(f, config.failOn))) {
    if (values.baseline && !dry) {
      const all = [...findings];
      const n = await writeBaseline(join(root, BASELINE_FILE), all);
      say(`Recorded ${n} existing finding${n === 1 ? '' : 's'} in ${BASELINE_FILE}: commit it; only new leaks will block.`);
      const marked = await markBaselineMergeable(root, join(root, BASELINE_FILE));
      if (marked) say(marked);
    } else {
      say(`See them with ${c.bold('leakguard scan')}${values.history ? ' and leakguard scan --range <rev>' : ''}. To adopt without fixing them first: ${c.bold('leakguard init --baseline')} (or leakguard baseline).`);
      say('Anything that was pushed is exposed: rotate it (leakguard rotate <rule-id>) before cleaning history (leakguard purge).');
    }
  }
  return 0;
}
