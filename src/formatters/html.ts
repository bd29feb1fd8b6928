/**
 * `--format html`: one self-contained page for a support lead. Totals at the top, findings per
 * rule as a bar chart, how complete the apologies are across the library, then every reply with
 * the flagged words highlighted and the suggested rewrites beneath.
 *
 * The page loads nothing (no fonts, images, scripts or styles from anywhere), so it works opened
 * from disk, offline, or attached to a ticket; a Content-Security-Policy says so to the browser
 * too, and allows only this page's own script (by hash). Every string from the results is
 * HTML-escaped. The reply text needs `includeDraftText` (the CLI sets it for this format);
 * without it each reply shows its findings only.
 */
import { COMPLETENESS_PARTS } from '../../rules/shared/completeness-parts.js';
import type { DraftSummary, LintMessage } from '../engine/results.js';
import { SCRIPT, STYLE } from './html/assets.js';
import { escapeHtml as esc } from './html/markup.js';
import { capitalise, fileModel, num, PART_LABELS, percent, plural, type FileModel, type RuleIndex } from './html/model.js';
import { renderFile } from './html/replies.js';
import type { Formatter } from './types.js';

export { escapeHtml, highlightText } from './html/markup.js';

let csp: string | undefined;

/** The page's content security policy: only our own script may run. */
function contentSecurityPolicy(): string {
  // node:crypto is loaded here, not at start-up: most runs never write an HTML report.
  const { createHash } = process.getBuiltinModule('node:crypto');
  csp ??= `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${createHash('sha256').update(SCRIPT).digest('base64')}'; base-uri 'none'; form-action 'none'`;
  return csp;
}

export const html: Formatter = (results, context) => {
  const files = results.map((result) => fileModel(result, context));
  const replies = files.flatMap((file) => file.replies);
  const drafts = replies.flatMap((reply) => (reply.draft ? [reply.draft] : []));
  const findings = replies.flatMap((reply) => reply.messages);
  const totals = {
    files: files.length,
    checked: drafts.filter((draft) => !draft.skipped).length,
    withProblems: replies.filter((reply) => reply.draft && reply.messages.length > 0).length,
    errors: findings.filter((m) => m.severity === 2).length,
    warnings: findings.filter((m) => m.severity === 1).length,
    skipped: drafts.filter((draft) => draft.skipped).length,
    unreadable: files.filter((file) => file.fatal.length > 0),
  };
  const rules = new Map(context.rules.map((rule, index) => [rule.id, { rule, index }]));
  const ids = { next: 1 };

  const problems = totals.errors + totals.warnings;
  const title = problems
    ? `apology-lint: ${plural(problems, 'problem')} in ${plural(totals.withProblems, 'reply', 'replies')}`
    : 'apology-lint: no problems';

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${esc(contentSecurityPolicy())}">
<meta name="generator" content="apology-lint ${esc(context.version)}">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${renderHeader(totals)}
${renderChart(findings, rules)}
${renderCompleteness(drafts)}
<section id="replies" aria-labelledby="replies-title">
<h2 id="replies-title">Replies</h2>
${files.map((file) => renderFile(file, rules, ids)).join('\n')}
</section>
<footer>Made by apology-lint ${esc(context.version)}. For what a rule flags and why, run <code>apology-lint explain &lt;rule&gt;</code>.</footer>
</main>
<div id="filter-status" role="status" hidden>Showing <span class="filter-count"></span> with <code class="filter-rule"></code> <button type="button">Show all</button></div>
<script>${SCRIPT}</script>
</body>
</html>
`;
};

// ---------------------------------------------------------------------------------------
// Header

interface Totals {
  files: number;
  checked: number;
  withProblems: number;
  errors: number;
  warnings: number;
  skipped: number;
  unreadable: FileModel[];
}

function renderHeader(totals: Totals): string {
  const tile = (key: string, label: string, value: number, tone = '') =>
    `<div class="total ${key}${tone}" data-total="${key}"><dt>${label}</dt><dd>${num(value)}</dd></div>`;
  const unread = totals.unreadable.length;
  let verdict: string;
  let tone: string;
  if (totals.errors > 0 || totals.warnings > 0) {
    verdict = `${num(totals.withProblems)} of ${plural(totals.checked, 'reply', 'replies')} need${totals.withProblems === 1 ? 's' : ''} work`;
    tone = totals.errors > 0 ? 'bad' : 'warn';
  } else if (totals.checked > 0) {
    verdict = `No problems in ${plural(totals.checked, 'reply', 'replies')}`;
    tone = 'good';
  } else {
    verdict = 'No replies were checked';
    tone = 'warn';
  }
  if (unread > 0) {
    verdict += `; ${plural(unread, 'file')} could not be checked`;
    tone = 'bad';
  }
  const unreadable = unread
    ? `<div class="unreadable-list" id="unreadable">
<h2>${unread === 1 ? 'A file could not be checked' : `${num(unread)} files could not be checked`}</h2>
<ul>${totals.unreadable
        .flatMap((file) =>
          file.fatal.map((m) => `<li><code>${esc(file.path)}</code>: ${esc(m.message)}</li>`),
        )
        .join('')}</ul>
</div>`
    : '';
  return `<header class="panel-head">
<h1>Apology check</h1>
<p class="verdict ${tone}">${esc(verdict)}</p>
</header>
<section class="panel" id="totals" aria-label="Totals">
<dl class="totals">
${tile('files', 'Files', totals.files)}
${tile('replies', 'Replies checked', totals.checked)}
${tile('with-problems', 'Replies with problems', totals.withProblems)}
${tile('errors', 'Errors', totals.errors)}
${tile('warnings', 'Warnings', totals.warnings)}
${tile('skipped', 'Replies skipped (not English)', totals.skipped)}
${tile('unreadable', 'Files that could not be checked', unread, unread ? ' bad' : '')}
</dl>
${unreadable}
</section>`;
}

// ---------------------------------------------------------------------------------------
// Findings per rule


function renderChart(findings: readonly LintMessage[], rules: RuleIndex): string {
  const counts = new Map<string, { errors: number; warnings: number }>();
  for (const message of findings) {
    const id = message.ruleId!;
    const entry = counts.get(id) ?? { errors: 0, warnings: 0 };
    if (message.severity === 2) entry.errors++;
    else entry.warnings++;
    counts.set(id, entry);
  }
  const order = (id: string) => rules.get(id)?.index ?? Number.MAX_SAFE_INTEGER;
  const rows = [...counts.entries()]
    .map(([id, c]) => ({ id, ...c, total: c.errors + c.warnings }))
    .sort((a, b) => b.total - a.total || order(a.id) - order(b.id) || a.id.localeCompare(b.id));
  const max = Math.max(1, ...rows.map((row) => row.total));
  const width = (n: number) => `${((n / max) * 100).toFixed(2)}%`;

  const body = rows.length
    ? `<p class="hint js-only">Click a rule to show only the replies with it; click it again to show all.</p>
<ol class="chart">
${rows
  .map((row) => {
    const description = rules.get(row.id)?.rule.description ?? '';
    const detail = [row.errors ? plural(row.errors, 'error') : '', row.warnings ? plural(row.warnings, 'warning') : ''].filter(Boolean).join(', ');
    return `<li><button type="button" class="bar" data-rule="${esc(row.id)}" data-count="${row.total}" aria-pressed="false" title="${esc(`${row.id}: ${detail}`)}">
<span class="bar-label"><code class="bar-rule">${esc(row.id)}</code>${description ? `<span class="desc">${esc(description)}</span>` : ''}</span>
<span class="bar-track" aria-hidden="true">${row.errors ? `<span class="bar-fill sev-error" style="width:${width(row.errors)}"></span>` : ''}${row.warnings ? `<span class="bar-fill sev-warning" style="width:${width(row.warnings)}"></span>` : ''}</span>
<span class="bar-count">${num(row.total)}</span>
</button></li>`;
  })
  .join('\n')}
</ol>
<p class="legend"><span class="swatch sev-error"></span>errors<span class="swatch sev-warning"></span>warnings</p>`
    : '<p class="muted">No findings.</p>';
  return `<section class="panel" id="rules" aria-labelledby="rules-title">
<h2 id="rules-title">Findings per rule</h2>
${body}
</section>`;
}

// ---------------------------------------------------------------------------------------
// Completeness across the replies that owe an apology

function renderCompleteness(drafts: readonly DraftSummary[]): string {
  const owed = drafts.filter((draft) => draft.completeness && !draft.skipped);
  if (owed.length === 0) {
    return `<section class="panel" id="completeness" aria-labelledby="completeness-title">
<h2 id="completeness-title">How complete are the apologies?</h2>
<p class="muted">No reply in this report owes an apology (none addresses a problem), so there is nothing to score.</p>
</section>`;
  }
  const average = owed.reduce((sum, draft) => sum + draft.completeness!.score, 0) / owed.length;
  const complete = owed.filter((draft) => draft.completeness!.missing.length === 0).length;
  const rows = COMPLETENESS_PARTS.map((part) => {
    const covered = owed.filter((draft) => draft.completeness!.covered.includes(part)).length;
    const share = percent(covered, owed.length);
    const label = capitalise(PART_LABELS[part]);
    return `<tr data-part="${part}" data-covered="${covered}">
<th scope="row">${esc(label)}${part === 'compensation' ? ' <span class="optional">(optional)</span>' : ''}</th>
<td class="part-bar"><span class="part-track" aria-hidden="true"><span class="part-fill" style="width:${share}%"></span></span></td>
<td class="num part-count">${num(covered)} of ${num(owed.length)}</td>
<td class="num part-percent">${share}%</td>
</tr>`;
  });
  return `<section class="panel" id="completeness" aria-labelledby="completeness-title">
<h2 id="completeness-title">How complete are the apologies?</h2>
<p>A complete apology says what happened, the cause (without blame), how it is fixed, when, what changes so it does not happen again, and how you will follow up; compensation is optional. ${plural(owed.length, 'reply owes', 'replies owe')} an apology.</p>
<p class="score" data-average="${Math.round(average * 100)}">Average completeness: <strong>${Math.round(average * 100)}%</strong> · ${num(complete)} of ${num(owed.length)} cover every part</p>
<table class="parts">
<thead><tr><th scope="col">Part</th><th scope="col"><span class="sr">Share</span></th><th scope="col" class="num">Replies covering it</th><th scope="col" class="num">%</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</section>`;
}
