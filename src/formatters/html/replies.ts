/** The HTML report's replies: each file, each reply with its flagged words marked, and the findings with their rewrites. */
import type { DraftSummary, LintMessage, LintSuggestion } from '../../engine/results.js';
import { escapeHtml as esc, highlightText, withSlots, type Highlight } from './markup.js';
import { rewriteOf } from '../words.js';
import { capitalise, flat, num, PART_LABELS, plural, severityWord, type FileModel, type ReplyModel, type RuleIndex } from './model.js';


// ---------------------------------------------------------------------------------------
// Files and replies

export function renderFile(file: FileModel, rules: RuleIndex, ids: { next: number }): string {
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
  const replacement = flat(rewriteOf(suggestion));
  if (start === end) {
    return `<div class="rewrite add"><span class="desc">${esc(suggestion.desc)}:</span> <ins>${withSlots(replacement)}</ins></div>`;
  }
  const quoted = words.trim() ? `<q class="words">${esc(flat(words))}</q><span class="arrow" aria-label="rewrite as">→</span>` : '';
  if (replacement === '') return `<div class="rewrite del">${quoted}<span class="del">${esc(suggestion.desc)} (delete it)</span></div>`;
  return `<div class="rewrite">${quoted}<ins>${withSlots(replacement)}</ins></div>`;
}
