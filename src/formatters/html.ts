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
import { createHash } from 'node:crypto';
import { COMPLETENESS_PARTS, type CompletenessPart } from '../../rules/shared/completeness.js';
import type { DraftSummary, LintMessage, LintResult, LintSuggestion } from '../engine/results.js';
import { SCRIPT, STYLE } from './html/assets.js';
import { escapeHtml as esc, highlightText, withSlots, type Highlight } from './html/markup.js';
import { displayPath } from './stylish.js';
import type { FormatContext, Formatter, RuleMeta } from './types.js';

export { escapeHtml, highlightText } from './html/markup.js';

const PART_LABELS: Record<CompletenessPart, string> = {
  'what-happened': 'what happened',
  cause: 'the cause',
  fix: 'the fix',
  timeline: 'when (timeline)',
  prevention: 'prevention',
  compensation: 'compensation',
  'follow-up': 'follow-up',
};

const SCRIPT_HASH = `sha256-${createHash('sha256').update(SCRIPT).digest('base64')}`;
const CSP = `default-src 'none'; style-src 'unsafe-inline'; script-src '${SCRIPT_HASH}'; base-uri 'none'; form-action 'none'`;

const numberFormat = new Intl.NumberFormat('en');
const num = (n: number): string => numberFormat.format(n);
const percent = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((part / whole) * 100));
const plural = (n: number, one: string, many = `${one}s`): string => `${num(n)} ${n === 1 ? one : many}`;
const severityWord = (severity: 1 | 2): 'error' | 'warning' => (severity === 2 ? 'error' : 'warning');

/** One reply (or the findings of a file that could not be tied to a reply) and its findings. */
interface ReplyModel {
  draft: DraftSummary | undefined;
  messages: LintMessage[];
}

interface FileModel {
  result: LintResult;
  path: string;
  fatal: LintMessage[];
  replies: ReplyModel[];
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
<meta http-equiv="Content-Security-Policy" content="${esc(CSP)}">
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
// Model

function fileModel(result: LintResult, context: FormatContext): FileModel {
  const visible = result.messages.filter((m) => !context.quiet || m.severity === 2);
  const fatal = visible.filter((m) => m.fatal || m.ruleId === null);
  const findings = visible.filter((m) => !(m.fatal || m.ruleId === null));
  const replies: ReplyModel[] = result.drafts.map((draft) => ({ draft, messages: [] }));
  const orphans: LintMessage[] = [];
  for (const message of findings) {
    const reply = replyFor(message, replies);
    if (reply) reply.messages.push(message);
    else orphans.push(message);
  }
  if (orphans.length) replies.push({ draft: undefined, messages: orphans });
  return { result, path: displayPath(result.filePath, context.cwd), fatal, replies };
}

/** The reply a finding belongs to: by name; when titles repeat, the last one starting at or before its line. */
function replyFor(message: LintMessage, replies: readonly ReplyModel[]): ReplyModel | undefined {
  if (message.draft === undefined) return replies.length === 1 ? replies[0] : undefined;
  const named = replies.filter((reply) => reply.draft!.name === message.draft);
  if (named.length <= 1) return named[0];
  return [...named].reverse().find((reply) => reply.draft!.line <= message.line) ?? named[0];
}

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
    verdict += `; ${plural(unread, 'file')} could not be read`;
    tone = 'bad';
  }
  const unreadable = unread
    ? `<div class="unreadable-list" id="unreadable">
<h2>${unread === 1 ? 'A file could not be read' : `${num(unread)} files could not be read`}</h2>
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
${tile('unreadable', 'Files that could not be read', unread, unread ? ' bad' : '')}
</dl>
${unreadable}
</section>`;
}

// ---------------------------------------------------------------------------------------
// Findings per rule

type RuleIndex = ReadonlyMap<string, { rule: RuleMeta; index: number }>;

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

// ---------------------------------------------------------------------------------------
// Files and replies

function renderFile(file: FileModel, rules: RuleIndex, ids: { next: number }): string {
  const { result } = file;
  if (file.fatal.length > 0 && file.replies.length === 0) return '';
  const checked = file.replies.filter((reply) => reply.draft && !reply.draft.skipped).length;
  const withProblems = file.replies.filter((reply) => reply.draft && reply.messages.length > 0).length;
  const errors = file.replies.reduce((n, reply) => n + reply.messages.filter((m) => m.severity === 2).length, 0);
  const warnings = file.replies.reduce((n, reply) => n + reply.messages.filter((m) => m.severity === 1).length, 0);
  const facts = [
    plural(checked, 'reply', 'replies'),
    withProblems ? `${num(withProblems)} with problems` : '',
    errors ? plural(errors, 'error') : '',
    warnings ? plural(warnings, 'warning') : '',
  ].filter(Boolean);

  let body: string;
  if (result.skipped) body = `<p class="file-note">${esc(capitalise(result.skipped.message))}</p>`;
  else if (file.replies.length === 0) body = '<p class="file-note">No replies in this file.</p>';
  else body = file.replies.map((reply) => renderReply(reply, file, rules, ids)).join('\n');

  return `<section class="file" data-file="${esc(file.path)}">
<div class="file-head"><h3>${esc(file.path)}</h3>${result.skipped ? '' : `<span class="muted">${facts.map(esc).join(' · ')}</span>`}</div>
${body}
</section>`;
}

function renderReply(reply: ReplyModel, file: FileModel, rules: RuleIndex, ids: { next: number }): string {
  const { draft, messages } = reply;
  const items = messages.map((message) => ({ message, id: `f${ids.next++}` }));
  const errors = messages.filter((m) => m.severity === 2).length;
  const warnings = messages.length - errors;
  const name = draft?.name ?? 'Findings not tied to a reply';
  const ruleIds = [...new Set(messages.map((m) => m.ruleId!))];
  const attrs = `data-reply="${esc(name)}" data-rules="${esc(ruleIds.join(' '))}"`;
  const badges = [
    errors ? `<span class="badge sev-error">${plural(errors, 'error')}</span>` : '',
    warnings ? `<span class="badge sev-warning">${plural(warnings, 'warning')}</span>` : '',
  ].join('');
  const headParts = (extra: string) =>
    `<h4 class="reply-name">${esc(name)}</h4>${draft ? `<span class="muted reply-line">line ${draft.line}</span>` : ''}${extra}${completenessLine(draft)}`;
  const head = (extra: string) => `<div class="reply-head">${headParts(extra)}</div>`;

  if (draft?.skipped) {
    return `<article class="reply skipped" ${attrs}>
${head('<span class="badge skip">not checked</span>')}
<p class="note">${esc(draft.skipped.message)}</p>
${draft.text !== undefined ? `<details><summary>Show the reply</summary><div class="reply-text">${esc(draft.text)}</div></details>` : ''}
</article>`;
  }

  if (messages.length === 0) {
    const okBadge = '<span class="badge ok">no problems</span>';
    if (draft?.text === undefined) return `<article class="reply clean" ${attrs}>${head(okBadge)}</article>`;
    return `<details class="reply clean" ${attrs}>
<summary class="reply-head">${headParts(okBadge)}</summary>
<div class="reply-text">${esc(draft.text)}</div>
</details>`;
  }

  const text = draft?.text;
  const highlights: Highlight[] =
    text === undefined
      ? []
      : items.flatMap(({ message, id }) =>
          message.draftRange
            ? [{ id, start: message.draftRange[0], end: message.draftRange[1], severity: message.severity, title: `${severityWord(message.severity)} · ${message.ruleId}: ${message.message}` }]
            : [],
        );
  const kind = errors ? 'has-errors' : 'has-warnings';
  return `<article class="reply ${kind}" ${attrs}>
${head(badges)}
${text !== undefined ? `<div class="reply-text">${highlightText(text, highlights)}</div>` : ''}
<ol class="findings">
${items.map(({ message, id }) => renderFinding(message, id, text, rules)).join('\n')}
</ol>
</article>`;
}

function completenessLine(draft: DraftSummary | undefined): string {
  const c = draft?.completeness;
  if (!c || draft?.skipped) return '';
  const required = c.covered.filter((part) => part !== 'compensation').length + c.missing.length;
  const covered = required - c.missing.length;
  const missing = c.missing.length ? ` · missing ${c.missing.map((p) => PART_LABELS[p] ?? p).join(', ')}` : '';
  return `<span class="completeness">completeness ${covered}/${required} (${Math.round(c.score * 100)}%)${esc(missing)}</span>`;
}

function renderFinding(message: LintMessage, id: string, text: string | undefined, rules: RuleIndex): string {
  const severity = severityWord(message.severity);
  const range = message.draftRange;
  // The words as the reply reads (decoded), else as the finding quotes them.
  const words = text !== undefined && range && range[0] < range[1] ? text.slice(range[0], range[1]) : (message.words ?? '');
  const description = message.ruleId ? rules.get(message.ruleId)?.rule.description : undefined;
  const rewrites = (message.suggestions ?? []).map((suggestion) => renderSuggestion(suggestion, replacedWords(suggestion, words, text)));
  if (rewrites.length === 0 && words.trim()) rewrites.push(`<div class="rewrite"><q class="words">${esc(flat(words))}</q></div>`);
  return `<li class="finding sev-${severity}" id="${id}" data-rule="${esc(message.ruleId ?? '')}">
<div class="finding-line"><span class="sev">${severity}</span><span class="pos">${message.line}:${message.column}</span><code class="rule"${description ? ` title="${esc(description)}"` : ''}>${esc(message.ruleId ?? '')}</code><span class="msg">${esc(message.message)}</span></div>
${rewrites.join('\n')}
</li>`;
}

/**
 * The words a replacement rewrites: usually the finding's words, but a rewrite may take in a
 * character or two around them ("Sorry, but o" → "Sorry. O"); its `draftRange` says which.
 */
function replacedWords(suggestion: LintSuggestion, words: string, text: string | undefined): string {
  const range = suggestion.draftRange;
  if (text === undefined || !range || range[0] === range[1]) return words;
  return text.slice(range[0], range[1]);
}

/** A replacement as the words → the rewrite; an insertion as where to add it and what. */
function renderSuggestion(suggestion: LintSuggestion, words: string): string {
  const [start, end] = suggestion.fix.range;
  const replacement = flat(suggestion.fix.text);
  if (start === end) {
    return `<div class="rewrite add"><span class="desc">${esc(suggestion.desc)}:</span> <ins>${withSlots(replacement)}</ins></div>`;
  }
  const quoted = words.trim() ? `<q class="words">${esc(flat(words))}</q><span class="arrow" aria-label="rewrite as">→</span>` : '';
  if (replacement === '') return `<div class="rewrite del">${quoted}<span class="del">${esc(suggestion.desc)} (delete it)</span></div>`;
  return `<div class="rewrite">${quoted}<ins>${withSlots(replacement)}</ins></div>`;
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
