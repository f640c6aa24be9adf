import { loadConfig, loadKnown } from '../config/load.js';
import { revisionsFor, type RefUpdate } from '../git/ref-updates.js';
import { runPipeline } from '../pipeline.js';
import { repositoryReader } from '../sources/repository.js';
import { commitsSource } from '../sources/commits.js';
import { tagMessagesSource } from '../sources/tags.js';
import { VERSION } from '../version.js';
import { emitResult } from './output.js';
import { shortRun } from './short-run.js';

/**
 * What pre-push and pre-receive share: scan exactly the commits a set of ref
 * updates brings in (`known` says what the other side already has), with the
 * repository's config, ignore file and baseline, and report as a push.
 */
export async function scanPushedCommits(root: string, updates: RefUpdate[], known: string[], target: string, output: { format: string; noColor: boolean }): Promise<number> {
  const revs = await revisionsFor(root, updates, known);
  const config = await loadConfig(root);
  const ignore = await loadKnown(root);
  // Pushed annotated tags bring their message along.
  const tags = updates.filter((u) => u.ref.startsWith('refs/tags/') && !/^0+$/.test(u.newSha)).map((u) => u.newSha);
  const items = (async function* () {
    if (revs) yield* commitsSource(root, revs, config.maxFileSize, { likelyShort: true });
    yield* tagMessagesSource(root, tags);
  })();
  // Most pushes bring a commit or two: build only the rule families they need (past 24 KB, the whole catalog),
  // and, when the pipeline read them all ahead, run short (short-run.ts; −4.8 ms of a 50 ms pre-push of one
  // 20-file commit, medians of 41 interleaved runs).
  // Evidence across files is read from HEAD's tree, then from each still-blocking finding's own commit (the pushed branch's
  // compose files, not the checkout's; a bare server repository has both).
  const result = await runPipeline(items, { config, ignore, fileRules: true, rulesAsNeeded: true, onReadAll: shortRun, repository: repositoryReader(root, 'commits') });
  return emitResult(result, { target, mode: 'push', version: VERSION }, { ...output, failOn: config.failOn, failClosed: true, ...(config.source ? { configFile: config.source } : {}) });
}
