import { formatCsv } from './csv.js';
import { formatGitlab } from './gitlab.js';
import { formatHtml } from './html.js';
import { formatHuman } from './human.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import type { Formatter } from './types.js';

/** Output formats by name. Add a format: one file, one line here. */
export const formatters: Record<string, Formatter> = {
  human: formatHuman,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  csv: formatCsv,
  html: formatHtml,
  gitlab: formatGitlab,
};
