import type { Finding } from '../detect/types.js';
import type { Formatter } from './types.js';

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function countBy<T>(items: T[], key: (t: T) => string): [string, number][] {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

const bars = (rows: [string, number][], attr: string) => {
  const max = Math.max(1, ...rows.map(([, n]) => n));
  return rows.map(([k, n]) => `<tr data-${attr}="${esc(k)}" data-count="${n}"><td>${esc(k)}</td><td class="num">${n}</td><td class="bar"><span style="width:${Math.round((n / max) * 100)}%"></span></td></tr>`).join('');
};

/**
 * A self-contained audit page (no scripts, fonts or requests at view time)
 * for a team lead: the summary, when each secret entered and left history,
 * who committed it, the files most affected, and for each finding the
 * redacted preview and the commands to rotate and purge it.
 * Every number has a data- attribute, so tests read the page as it renders.
 */
export const formatHtml: Formatter = (result, meta) => {
  const f = result.findings;
  const atHead = f.filter((x) => x.presentAtHead !== false).length;
  const removed = f.filter((x) => x.presentAtHead === false).length;
  const high = f.filter((x) => x.confidence === 'high').length;
  const dates = f.flatMap((x) => [x.date, x.removedIn?.date]).filter((d): d is string => !!d).map((d) => Date.parse(d));
  const now = Date.now();
  const t0 = dates.length ? Math.min(...dates) : now;
  const span = Math.max(1, now - t0);
  const pos = (d: number) => ((d - t0) / span) * 100;
  const timeline = [...f]
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))
    .map((x) => {
      const start = x.date ? Date.parse(x.date) : now;
      const end = x.removedIn ? Date.parse(x.removedIn.date) : now;
      const left = pos(start);
      const width = Math.max(0.8, pos(end) - left);
      return `<div class="tl-row" data-finding="${esc(x.fingerprint)}"><div class="tl-label">${esc(x.file)}:${x.line} <small>${esc(x.ruleId)}</small></div><div class="tl-track"><span class="tl-bar ${x.presentAtHead === false ? 'gone' : 'live'}" style="left:${left.toFixed(2)}%;width:${width.toFixed(2)}%" title="${esc(`${x.date?.slice(0, 10) ?? '?'} → ${x.removedIn ? x.removedIn.date.slice(0, 10) : 'still present'}`)}"></span></div></div>`;
    })
    .join('');
  const verified = f.some((x) => x.verification);
  const live = f.filter((x) => x.verification?.status === 'live').length;
  const rows = f.map((x: Finding) => `<tr data-row="${esc(x.fingerprint)}"${x.verification ? ` data-verification="${x.verification.status}"` : ''}>
      <td><code>${esc(x.file)}:${x.line}</code></td>
      <td>${esc(x.title)}<br><small>${esc(x.ruleId)} · ${esc(x.provider)}</small></td>
      <td><span class="conf ${x.confidence}">${x.confidence}</span>${x.warning ? `<br><small class="warning">warning: ${esc(x.warning)}</small>` : ''}${x.why?.length ? `<br><small class="why" title="why">${x.why.map(esc).join('<br>')}</small>` : ''}</td>
      <td><code class="preview">${esc(x.preview)}</code>${x.verification ? `<br><span class="badge ${x.verification.status}" title="${esc(x.verification.detail)}">${x.verification.status === 'live' ? 'LIVE' : x.verification.status}</span> <small>${esc(x.verification.detail)}</small>` : ''}</td>
      <td>${x.commit ? `<code>${esc(x.commit.slice(0, 10))}</code><br><small>${esc(x.author ?? '')}<br>${esc(x.date?.slice(0, 10) ?? '')}</small>` : ''}</td>
      <td>${x.presentAtHead === false ? `removed${x.removedIn ? ` in <code>${esc(x.removedIn.commit.slice(0, 10))}</code> (${esc(x.removedIn.date.slice(0, 10))})` : ''}` : '<strong>still present</strong>'}</td>
      <td><code>leakguard rotate ${esc(x.ruleId)}</code><br><code>leakguard purge --finding ${esc(x.fingerprint)}</code></td>
    </tr>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>leakguard audit — ${esc(meta.target)}</title>
<style>
:root{--fg:#1d2330;--muted:#6b7280;--line:#e5e7eb;--red:#c0362c;--amber:#b7791f;--green:#2f855a;--bg:#f8fafc}
*{box-sizing:border-box}body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);margin:0;background:var(--bg)}
header{background:#111827;color:#fff;padding:20px 32px}header h1{margin:0;font-size:20px}header p{margin:4px 0 0;color:#cbd5e1}
main{padding:24px 32px;max-width:1400px}section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:16px 20px;margin:0 0 20px}
h2{font-size:16px;margin:0 0 12px}.cards{display:flex;gap:16px;flex-wrap:wrap}.card{flex:1;min-width:160px;border:1px solid var(--line);border-radius:8px;padding:12px 16px;background:#fff}
.card .n{font-size:28px;font-weight:700}.card.bad .n{color:var(--red)}.card.ok .n{color:var(--green)}.card .l{color:var(--muted)}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:20px}table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}th{color:var(--muted);font-weight:600;font-size:12px;text-transform:uppercase}
.num{text-align:right;width:48px}.bar{width:45%}.bar span{display:block;height:10px;background:#6366f1;border-radius:3px}
code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12px;background:#f1f5f9;padding:1px 4px;border-radius:4px}
.conf{padding:1px 6px;border-radius:10px;font-size:12px}.conf.high{background:#fde2e1;color:var(--red)}.conf.medium{background:#fef3c7;color:var(--amber)}.conf.low{background:#e0f2fe;color:#0369a1}
.tl-row{display:flex;align-items:center;gap:12px;margin:3px 0}.tl-label{width:34%;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;font-size:12px}
.tl-track{position:relative;flex:1;height:12px;background:#f1f5f9;border-radius:6px}.tl-bar{position:absolute;top:0;height:12px;border-radius:6px}.tl-bar.live{background:var(--red)}.tl-bar.gone{background:#94a3b8}
.axis{display:flex;justify-content:space-between;color:var(--muted);font-size:12px;margin-left:calc(34% + 12px)}
.steps li{margin:4px 0}small{color:var(--muted)}
.badge{display:inline-block;margin-top:4px;padding:1px 6px;border-radius:10px;font-size:11px;font-weight:700}.badge.live{background:var(--red);color:#fff}.badge.revoked{background:#dcfce7;color:var(--green)}.badge.unknown{background:#f1f5f9;color:var(--muted)}
#show-all,#show-live{position:absolute;opacity:0}#show-all:checked~.filter label[for=show-all],#show-live:checked~.filter label[for=show-live]{font-weight:700;text-decoration:underline}.filter{margin:0 0 10px}.filter label{margin-right:14px;cursor:pointer}#show-live:checked~table tbody tr:not([data-verification="live"]){display:none}
</style></head><body>
<header><h1>leakguard audit</h1><p>${esc(meta.target)} · ${esc(new Date().toISOString().slice(0, 16).replace('T', ' '))} UTC · leakguard ${esc(meta.version)}</p></header>
<main>
<section><h2>Summary</h2><div class="cards">
<div class="card ${f.length ? 'bad' : 'ok'}"><div class="n" data-summary="total">${f.length}</div><div class="l">secrets found</div></div>
<div class="card ${atHead ? 'bad' : 'ok'}"><div class="n" data-summary="at-head">${atHead}</div><div class="l">still present at HEAD</div></div>
<div class="card"><div class="n" data-summary="removed">${removed}</div><div class="l">removed since (still in history)</div></div>
<div class="card"><div class="n" data-summary="high">${high}</div><div class="l">high confidence</div></div>
${verified ? `<div class="card ${live ? 'bad' : 'ok'}"><div class="n" data-summary="live">${live}</div><div class="l">still live (the provider accepts them)</div></div>` : ''}
<div class="card"><div class="n" data-summary="files">${result.files}</div><div class="l">files or file changes scanned</div></div>
</div></section>
<section class="grid">
<div><h2>By provider</h2><table>${bars(countBy(f, (x) => x.provider), 'provider')}</table></div>
<div><h2>By confidence</h2><table>${bars(countBy(f, (x) => x.confidence), 'confidence')}</table></div>
<div><h2>Who committed them</h2><table>${bars(countBy(f.filter((x) => x.author), (x) => x.author!), 'author')}</table></div>
<div><h2>Files most affected</h2><table>${bars(countBy(f, (x) => x.file).slice(0, 10), 'file')}</table></div>
</section>
${f.some((x) => x.date) ? `<section><h2>Timeline: when each secret entered (and left) the history</h2>${timeline}<div class="axis"><span>${esc(new Date(t0).toISOString().slice(0, 10))}</span><span>today</span></div><p><small>Red: still present at HEAD. Grey: removed from the files, still in history until purged.</small></p></section>` : ''}
<section><h2>What to do, in this order</h2><ol class="steps">
<li><strong>Rotate</strong> every credential below (<code>leakguard rotate &lt;rule&gt;</code> prints the playbook). History rewriting does not un-leak copies already cloned, forked or cached.</li>
<li><strong>Remove</strong> what is still present at HEAD from the files, and load it from the environment instead.</li>
<li><strong>Purge</strong> history in a fresh clone (<code>leakguard purge --finding &lt;fingerprint&gt;</code>), force-push, and tell collaborators to re-clone.</li>
</ol></section>
<section><h2>Findings (${f.length})</h2>${verified ? '<input type="radio" name="show" id="show-all" checked><input type="radio" name="show" id="show-live"><div class="filter"><label for="show-all">all findings</label><label for="show-live">only live credentials (' + live + ')</label></div>' : ''}<table><thead><tr><th>Where</th><th>What</th><th>Confidence</th><th>Preview (redacted)</th><th>Introduced</th><th>Status</th><th>Commands</th></tr></thead><tbody>${rows || '<tr><td colspan="7">No secrets found.</td></tr>'}</tbody></table></section>
</main></body></html>
`;
};
