import type { Formatter } from './types.js';

const xml = (s: string) =>
  s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)
    // XML 1.0 cannot carry most control characters, even escaped.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/**
 * JUnit XML for CI systems that show test reports: one test case per scanned
 * file with findings (failed) plus one passing case when nothing was found.
 */
export const formatJunit: Formatter = (result, meta) => {
  const byFile = new Map<string, typeof result.findings>();
  for (const f of result.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const cases = [...byFile].map(([file, fs]) => {
    const body = fs.map((f) => `${f.line}:${f.column} ${f.title} [${f.ruleId}]${f.warning ? ` (warning: ${f.warning})` : ''}${f.verification ? ` [${f.verification.status}: ${f.verification.detail}]` : ''} ${f.preview}${f.commit ? ` (commit ${f.commit.slice(0, 12)})` : ''} fingerprint=${f.fingerprint}`).join('\n');
    return `    <testcase classname="leakguard" name="${xml(file)}">\n      <failure message="${xml(`${fs.length} secret${fs.length === 1 ? '' : 's'} found`)}" type="secret">${xml(body)}</failure>\n    </testcase>`;
  });
  if (cases.length === 0) cases.push(`    <testcase classname="leakguard" name="${xml(meta.target)}"/>`);
  const tests = cases.length;
  const failures = byFile.size;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="leakguard" tests="${tests}" failures="${failures}">\n  <testsuite name="leakguard: ${xml(meta.target)}" tests="${tests}" failures="${failures}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>\n</testsuites>\n`;
};
