import pc from 'picocolors';
import { loadConfig, loadKnown } from '../../config/load.js';
import { isBlocking } from '../../detect/types.js';
import { LeakguardError } from '../../errors.js';
import { fix, type FixReport } from '../../fix/index.js';
import { undoFix } from '../../fix/backup.js';
import { repoRoot, toRootRelative } from '../../git/repo.js';
import { runPipeline } from '../../pipeline.js';
import { repositoryReader } from '../../sources/repository.js';
import { quotePath } from '../../report/quote-path.js';
import { stagedSource } from '../../sources/staged.js';
import { parseCommandArgs, useColor } from '../args.js';

const HELP = `Usage: leakguard fix [--dry-run] [<file>…]
       leakguard fix --undo

Moves each hard-coded secret into the environment: the literal becomes the
language's environment read (process.env.NAME, os.environ["NAME"],
os.Getenv("NAME"), ENV.fetch("NAME"), getenv('NAME'), System.getenv("NAME"),
\${NAME} in compose, Spring and shell, \${{ secrets.NAME }} in workflows,
var.name in Terraform), the value goes to .env (created 0600, gitignored,
never tracked) and NAME= to .env.example. A staged secret file (.env, a key)
is unstaged and ignored, and kept on disk. Where no safe rewrite exists it
says so and what to do instead; it never leaves a half edit.

Without files: the blocking findings in the staged changes, edited in the
index and the working tree alike (a file whose unstaged changes touch the same
lines is left alone, with the reason), then the staged scan runs again.
With files: those working-tree files.

  --dry-run   show the changes, values masked; write nothing
  --undo      put back exactly what the last fix changed (files and index)

No value is ever printed. A value already in a commit is still leaked: fix
says so and names the rotate command to run first.
`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { 'dry-run': { type: 'boolean' }, undo: { type: 'boolean' }, 'no-color': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, 'fix');
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const c = pc.createColors(useColor(process.stdout, values['no-color'] ? false : undefined));
  const say = (s = '') => process.stdout.write(s + '\n');
  const cwd = process.cwd();
  const root = await repoRoot(cwd);
  if (values.undo) {
    if (positionals.length || values['dry-run']) throw new LeakguardError('fix --undo takes no files and no --dry-run');
    const restored = await undoFix(root);
    say(`leakguard: restored ${restored.map(quotePath).join(', ')} as they were before the last fix (working tree and index).`);
    return 0;
  }
  const config = await loadConfig(root);
  const known = await loadKnown(root);
  const files = positionals.length ? positionals.map((p) => toRootRelative(root, cwd, p)) : undefined;
  const dry = values['dry-run'] === true;
  const r = await fix({ root, config, known, dryRun: dry, ...(files ? { files } : {}) });
  const what = files ? files.map(quotePath).join(', ') : 'the staged changes';
  if (!r.findings) {
    say(c.green(`✔ leakguard fix: nothing blocking in ${what}.`));
    return 0;
  }
  say(`${c.bold('leakguard fix')} — ${what}${dry ? c.yellow(' (dry run: nothing is written)') : ''}`);
  if (r.inHistory.length) {
    say('');
    say(c.red(c.bold('Already in history: moving these out of the code does not un-leak them. Rotate each one first:')));
    for (const h of r.inHistory) say(`  ${quotePath(h.file)}:${h.line} (${h.name}): ${c.bold(`leakguard rotate ${h.fingerprint}`)}`);
    say('  then, once rotated, remove the old value from history: leakguard purge');
  }
  say('');
  for (const w of r.rewrites) say(`  ${c.green('✔')} ${quotePath(w.file)}:${w.line}  ${w.target}: → ${c.bold(w.expression)}`);
  for (const p of r.untracked) say(`  ${c.green('✔')} ${quotePath(p)}  ${dry ? 'would be' : ''}${dry ? ' ' : ''}unstaged (kept on disk) and ignored`);
  for (const m of r.manual) say(`  ${c.yellow('✖')} ${quotePath(m.file)}${m.line ? `:${m.line}` : ''}  ${m.title}: ${m.reason}`);
  if (r.envAdded.length) say(`${dry ? 'Would add' : 'Added'} to .env: ${r.envAdded.join(', ')}${r.exampleAdded ? '; names (no values) to .env.example' : ''}${r.gitignoreAdded.length ? `; to .gitignore: ${r.gitignoreAdded.join(', ')}` : ''}.`);
  else if (r.gitignoreAdded.length) say(`${dry ? 'Would add' : 'Added'} to .gitignore: ${r.gitignoreAdded.join(', ')}.`);
  for (const x of r.renamed) say(c.yellow(`.env already has ${x.wanted} with another value: this one is ${x.name}.`));
  if (dry) {
    say('');
    for (const p of r.preview) say(p);
    say('');
    say(`Run it: ${c.bold('leakguard fix')}${files ? ` ${files.join(' ')}` : ''}`);
    return r.manual.length ? 1 : 0;
  }
  if (r.hints.length) {
    say('');
    say('How the program gets the values:');
    for (const h of r.hints) say(`  ${h}`);
  }
  say('');
  say(c.dim('Undo: leakguard fix --undo'));
  return files ? finishFiles(r, say, c) : finishStaged(root, config, known, r, say, c);
}

function finishFiles(r: FixReport, say: (s?: string) => void, c: ReturnType<typeof pc.createColors>): number {
  if (r.manual.length) {
    say(c.yellow(`${r.manual.length} left to fix by hand (above). Then: leakguard scan ${[...new Set(r.manual.map((m) => m.file))].join(' ')}`));
    return 1;
  }
  say(c.green(`Done: stage the changes when ready: git add ${[...new Set(r.rewrites.map((w) => w.file))].join(' ')}`));
  return 0;
}

async function finishStaged(root: string, config: Awaited<ReturnType<typeof loadConfig>>, known: Set<string>, r: FixReport, say: (s?: string) => void, c: ReturnType<typeof pc.createColors>): Promise<number> {
  const again = await runPipeline(stagedSource(root, config.maxFileSize), { config, ignore: known, repository: repositoryReader(root, 'index') });
  const left = again.findings.filter((f) => isBlocking(f, config.failOn));
  if (!left.length && !again.skipped.some((s) => s.unscanned)) {
    // .env.example and .gitignore were written, not staged: the user decides; the command says how to include them.
    const extra = [...(r.exampleAdded ? ['.env.example'] : []), ...(r.gitignoreAdded.length ? ['.gitignore'] : [])];
    say(c.green(c.bold(`Ready to commit: the staged changes are clean. Commit again: ${extra.length ? `git add ${extra.join(' ')} && ` : ''}git commit`)));
    return 0;
  }
  say(c.yellow(`Still blocking in the staged changes: ${left.map((f) => `${quotePath(f.file)}${f.line ? `:${f.line}` : ''}`).join(', ') || 'files that could not be scanned'}.`));
  say(`Fix those by hand, then: ${c.bold('git add <file> && leakguard scan --staged')}`);
  return 1;
}
