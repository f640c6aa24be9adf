import type { Formatter } from './types.js';

const COLUMNS = ['file', 'line', 'column', 'ruleId', 'title', 'provider', 'confidence', 'warning', 'preview', 'fingerprint', 'commit', 'author', 'date', 'verification'] as const;

/** RFC 4180: quote every field, double inner quotes; a leading =+-@ is neutralised against spreadsheet formula injection. */
function cell(v: unknown): string {
  let s = v === undefined || v === null ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

export const formatCsv: Formatter = (result) => {
  const rows = result.findings.map((f) => COLUMNS.map((c) => cell(c === 'verification' ? (f.verification ? `${f.verification.status}: ${f.verification.detail}` : '') : f[c])).join(','));
  return [COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
};
