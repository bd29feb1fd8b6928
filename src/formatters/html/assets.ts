/**
 * The HTML report's inline style sheet and script. No fonts, images or scripts are loaded from
 * anywhere: the page works opened from disk, offline, and attached to an email.
 *
 * The script is optional: without it (blocked, or printed) the page shows everything. With it,
 * a rule's bar in the chart filters the replies to those with that rule, and pointing at a
 * finding lights up its words in the text.
 */

export const STYLE = `
:root {
  --ink: #1f2328; --muted: #59636e; --line: #d5dae0; --page: #f5f6f8; --card: #fff;
  --error: #b3261e; --error-bg: #fde7e4; --error-mark: #f9c9c3;
  --warning: #8a5300; --warning-bg: #fff3d6; --warning-mark: #ffe08a;
  --ok: #1a7f37; --ok-bg: #e6f4ea; --accent: #2d5fa8; --bar: #6b8fc7;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--page); color: var(--ink);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
}
main { max-width: 68rem; margin: 0 auto; padding: 1.5rem 1.25rem 4rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 0 0 .75rem; }
h3 { font-size: 1.05rem; margin: 0; word-break: break-all; }
h4 { font-size: 1rem; margin: 0; }
p { margin: .25rem 0 .75rem; }
code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: .875em; }
.muted { color: var(--muted); }
[hidden] { display: none !important; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.js-only { display: none; }
.js .js-only { display: revert; }
section.panel { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 1.25rem; margin: 0 0 1.25rem; }

.verdict { font-size: 1.1rem; font-weight: 600; margin: .5rem 0 1rem; }
.verdict.bad { color: var(--error); }
.verdict.warn { color: var(--warning); }
.verdict.good { color: var(--ok); }
.totals { display: grid; grid-template-columns: repeat(auto-fill, minmax(7.75rem, 1fr)); gap: .75rem; margin: 0; }
.total { background: var(--page); border-radius: 8px; padding: .6rem .8rem; }
.total dt { color: var(--muted); font-size: .85rem; }
.total dd { margin: 0; font-size: 1.6rem; font-weight: 650; font-variant-numeric: tabular-nums; }
.total.errors dd { color: var(--error); }
.total.warnings dd { color: var(--warning); }
.total.bad dd { color: var(--error); }
.unreadable-list { border-left: 4px solid var(--error); background: var(--error-bg); border-radius: 6px; padding: .75rem 1rem; margin-top: 1rem; }
.unreadable-list h2 { font-size: 1rem; margin: 0 0 .25rem; color: var(--error); }
.unreadable-list ul { margin: 0; padding-left: 1.25rem; }

.chart { list-style: none; margin: 0; padding: 0; display: grid; gap: .35rem; }
.bar { display: grid; grid-template-columns: minmax(12rem, 24rem) 1fr 3rem; gap: .75rem; align-items: center; width: 100%;
  background: none; border: 1px solid transparent; border-radius: 6px; padding: .35rem .5rem; font: inherit; color: inherit; text-align: left; }
.js .bar { cursor: pointer; }
.js .bar:hover { background: var(--page); }
.bar[aria-pressed="true"] { background: #e8eef8; border-color: var(--accent); }
.bar:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.bar-label { display: flex; flex-direction: column; min-width: 0; }
.bar-label .desc { color: var(--muted); font-size: .85rem; }
.bar-track, .part-track { display: flex; height: 1.1rem; background: #eef0f3; border-radius: 4px; overflow: hidden; }
.bar-fill { display: block; height: 100%; }
.bar-fill.sev-error { background: var(--error); }
.bar-fill.sev-warning { background: #d99100; }
.bar-count, .part-count { font-weight: 650; font-variant-numeric: tabular-nums; text-align: right; }
.legend { font-size: .85rem; color: var(--muted); margin-top: .75rem; }
.swatch { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px; vertical-align: -1px; margin: 0 .25rem 0 .75rem; }
.swatch.sev-error { background: var(--error); }
.swatch.sev-warning { background: #d99100; }

.parts { width: 100%; border-collapse: collapse; }
.parts th, .parts td { padding: .4rem .5rem; border-bottom: 1px solid #eceef1; text-align: left; vertical-align: middle; }
.parts th { font-weight: 600; white-space: nowrap; }
.parts thead th { color: var(--muted); font-size: .85rem; font-weight: 500; }
.parts .part-bar { width: 50%; }
.part-fill { display: block; height: 100%; background: var(--bar); }
.parts td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.optional { color: var(--muted); font-weight: 400; font-size: .85rem; }
.score { font-size: 1.05rem; }
.score strong { font-size: 1.4rem; }

.file { margin: 0 0 1.5rem; }
.file-head { display: flex; flex-wrap: wrap; gap: .25rem 1rem; align-items: baseline; border-bottom: 2px solid var(--line); padding-bottom: .35rem; margin-bottom: .75rem; }
.file-note { color: var(--muted); font-style: italic; }
.reply { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 1rem 1.1rem; margin: 0 0 .9rem; }
.reply.has-errors { border-left: 5px solid var(--error); }
.reply.has-warnings { border-left: 5px solid #d99100; }
.reply-head { display: flex; flex-wrap: wrap; gap: .25rem .9rem; align-items: baseline; margin-bottom: .6rem; }
.badge { display: inline-block; border-radius: 999px; padding: 0 .55rem; font-size: .8rem; font-weight: 600; }
.badge.sev-error { background: var(--error-bg); color: var(--error); }
.badge.sev-warning { background: var(--warning-bg); color: var(--warning); }
.badge.ok { background: var(--ok-bg); color: var(--ok); }
.badge.skip { background: #eceef1; color: var(--muted); }
.completeness { color: var(--muted); font-size: .9rem; }
.reply-text { white-space: pre-wrap; overflow-wrap: anywhere; background: #fafbfc; border: 1px solid #eceef1; border-radius: 6px;
  padding: .75rem .9rem; margin: 0 0 .75rem; line-height: 1.6; }
mark { color: inherit; padding: 0; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
mark.sev-error { background: var(--error-mark); border-bottom: 2px solid var(--error); }
mark.sev-warning { background: var(--warning-mark); border-bottom: 2px dashed #b07000; }
mark.multi { box-shadow: inset 0 -5px 0 rgba(0, 0, 0, .12); }
mark.lit { outline: 2px solid var(--accent); }
.findings { list-style: none; margin: 0; padding: 0; }
.finding { padding: .45rem 0 .45rem .6rem; border-top: 1px solid #eceef1; }
.finding.dim { opacity: .45; }
.finding-line { display: flex; flex-wrap: wrap; gap: .2rem .6rem; align-items: baseline; }
.sev { font-weight: 650; font-size: .8rem; text-transform: uppercase; letter-spacing: .03em; min-width: 4.2rem; }
.finding.sev-error .sev { color: var(--error); }
.finding.sev-warning .sev { color: var(--warning); }
.pos { color: var(--muted); font-variant-numeric: tabular-nums; }
.rule { color: var(--muted); }
.rewrite { margin: .2rem 0 0 4.8rem; }
.rewrite q { quotes: "\\201C" "\\201D"; color: var(--muted); }
.rewrite .arrow { color: var(--ok); font-weight: 700; margin: 0 .3rem; }
.rewrite ins { text-decoration: none; background: var(--ok-bg); color: #0f5323; border-radius: 3px; padding: 0 .2rem; }
.rewrite .del { color: var(--muted); font-style: italic; }
.slot { font-style: italic; color: #5b3e99; }
.note { color: var(--muted); }
details.reply > summary { display: list-item; cursor: pointer; list-style-position: inside; margin: 0; }
details.reply[open] > summary { margin-bottom: .6rem; }
details.reply > summary > * { display: inline; margin-right: .75rem; }
.compact-list { margin: 0; }

#filter-status { position: fixed; left: 50%; bottom: 1rem; transform: translateX(-50%); background: var(--ink); color: #fff;
  border-radius: 999px; padding: .45rem .6rem .45rem 1.1rem; box-shadow: 0 4px 16px rgba(0, 0, 0, .25); z-index: 10; max-width: calc(100% - 2rem); }
#filter-status button { margin-left: .6rem; border: 0; border-radius: 999px; padding: .2rem .8rem; font: inherit; cursor: pointer; background: #fff; color: var(--ink); }
footer { color: var(--muted); font-size: .85rem; margin-top: 2rem; }

@media (max-width: 40rem) {
  .bar { grid-template-columns: 1fr 2.5rem; }
  .bar-track { grid-column: 1 / -1; grid-row: 2; }
  .rewrite { margin-left: 0; }
}
@media print {
  body { background: #fff; font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  section.panel, .reply { border-color: #bbb; break-inside: avoid; }
  .js-only, #filter-status, .hint { display: none !important; }
  .finding.dim { opacity: 1; }
  .bar-fill, .part-fill, .badge, .swatch { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
`;

export const SCRIPT = `
(function () {
  'use strict';
  document.documentElement.classList.add('js');
  var bars = Array.prototype.slice.call(document.querySelectorAll('button.bar[data-rule]'));
  var replies = Array.prototype.slice.call(document.querySelectorAll('.reply'));
  var files = Array.prototype.slice.call(document.querySelectorAll('.file'));
  var findings = Array.prototype.slice.call(document.querySelectorAll('.finding'));
  var status = document.getElementById('filter-status');
  var current = null;
  function apply(rule) {
    current = rule;
    var shown = 0;
    bars.forEach(function (bar) { bar.setAttribute('aria-pressed', String(bar.getAttribute('data-rule') === rule)); });
    replies.forEach(function (reply) {
      var rules = (reply.getAttribute('data-rules') || '').split(' ');
      reply.hidden = rule !== null && rules.indexOf(rule) < 0;
      if (!reply.hidden) shown++;
    });
    files.forEach(function (file) { file.hidden = rule !== null && !file.querySelector('.reply:not([hidden])'); });
    findings.forEach(function (item) { item.classList.toggle('dim', rule !== null && item.getAttribute('data-rule') !== rule); });
    if (status) {
      status.hidden = rule === null;
      status.querySelector('.filter-rule').textContent = rule || '';
      status.querySelector('.filter-count').textContent = shown === 1 ? '1 reply' : shown + ' replies';
    }
  }
  bars.forEach(function (bar) {
    bar.addEventListener('click', function () {
      var rule = bar.getAttribute('data-rule');
      apply(current === rule ? null : rule);
    });
  });
  if (status) status.querySelector('button').addEventListener('click', function () { apply(null); });
  function light(event, on) {
    var item = event.target && event.target.closest ? event.target.closest('.finding') : null;
    if (!item || !item.id) return;
    var marks = document.querySelectorAll('mark[data-f~="' + item.id + '"]');
    for (var i = 0; i < marks.length; i++) marks[i].classList.toggle('lit', on);
  }
  document.addEventListener('mouseover', function (event) { light(event, true); });
  document.addEventListener('mouseout', function (event) { light(event, false); });
  window.addEventListener('beforeprint', function () {
    var all = document.querySelectorAll('details');
    for (var i = 0; i < all.length; i++) all[i].open = true;
  });
})();
`;
