import type { Config } from './config/schema.js';
import type { Finding } from './detect/types.js';
import { hasHead } from './git/repo.js';
import { runPipeline } from './pipeline.js';
import { commitsSource } from './sources/commits.js';
import { filesSource } from './sources/files.js';
import { repositoryReader } from './sources/repository.js';

/**
 * Findings found again by a test (a fingerprint, a rule), for commands that act on one without the
 * user typing the secret (`rotate --check`, `explain`): the working tree first, then, when asked and
 * there is a history, every commit of every branch and tag.
 */
export async function findAgain(root: string, config: Config, matches: (f: Finding) => boolean, history: boolean): Promise<Finding[]> {
  const tree = (await runPipeline(filesSource(root, ['.'], { useGit: true, maxBytes: config.maxFileSize }), { config, repository: repositoryReader(root, 'tree') })).findings.filter(matches);
  if (tree.length || !history || !(await hasHead(root))) return tree;
  return (await runPipeline(commitsSource(root, ['--all'], config.maxFileSize), { config, repository: repositoryReader(root, 'commits') })).findings.filter(matches);
}
