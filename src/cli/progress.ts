import type { SourceItem } from '../sources/types.js';

/**
 * A progress bar for long history scans: commits done of total, MB/s, ETA.
 * Only on an interactive terminal and never in CI, so logs and pipes stay
 * clean. cli-progress is loaded only here, never on the hook's path.
 */
export function showsProgress(stream: NodeJS.WriteStream = process.stderr): boolean {
  return !!stream.isTTY && !process.env.CI;
}

export function withProgress(items: AsyncIterable<SourceItem>, total: number, stream: NodeJS.WriteStream = process.stderr): AsyncIterable<SourceItem> {
  if (!showsProgress(stream) || total < 50) return items;
  return (async function* () {
    const { SingleBar } = require('cli-progress') as typeof import('cli-progress');
    const bar = new SingleBar({
      format: 'scanning history {bar} {value}/{total} commits · {rate} MB/s · ETA {eta_formatted}',
      stream,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 200,
    });
    const started = Date.now();
    let bytes = 0;
    let commits = 0;
    let last: string | undefined;
    bar.start(total, 0, { rate: '0.0' });
    try {
      for await (const item of items) {
        if (item.commit !== last) {
          last = item.commit;
          commits++;
          if (commits % 25 === 0) bar.update(commits, { rate: (bytes / 1048576 / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1) });
        }
        bytes += item.text?.length ?? 0;
        yield item;
      }
    } finally {
      bar.stop();
    }
  })();
}
