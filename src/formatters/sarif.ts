/**
 * SARIF 2.1.0 (OASIS), for GitHub code scanning and any SARIF viewer.
 *
 * - One run. `tool.driver.rules` describes every rule the linter knows (not only the ones
 *   that fired), so a viewer can show help for each; results point at them by `ruleIndex`.
 * - Locations are relative to `%SRCROOT%`, declared in `originalUriBaseIds` as the working
 *   folder, so the log can be uploaded from a checkout and still resolve locally.
 * - Columns count UTF-16 code units (`columnKind`), as the linter's columns do; regions are
 *   1-based with an exclusive end column, the same convention as ESLint's.
 * - Each suggestion is a `fix` whose replacement uses the suggestion's character range.
 * - A finding in a macro library names its macro in `logicalLocations` and `properties.draft`.
 * - Files that could not be linted are error notifications (and the execution is marked
 *   unsuccessful, as the exit code 2 says); drafts and files that were not checked are notes.
 */
import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LintMessage, LintResult } from '../engine/results.js';
import { draftLabel, suggestedRewrite, visibleMessages } from './compact.js';
import { capitalise } from './words.js';
import { displayPath } from './stylish.js';
import type { Formatter, RuleMeta } from './types.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
  index?: number;
  description?: { text: string };
}

const KIND_HELP: Record<string, string> = {
  presence: 'flags the words in the reply that do the damage, with a rewrite',
  absence: 'reports a part of the apology the reply leaves out, with a sentence to add; it runs only on replies that owe an apology',
  order: 'judges the order of the reply, with a move that fixes it',
};

export const sarif: Formatter = (results, context) => {
  const ruleIndexes = new Map(context.rules.map((rule, index) => [rule.id, index]));
  const root = context.workspace ?? context.cwd;
  const artifacts: Array<{ location: ArtifactLocation; roles: ['analysisTarget'] }> = [];
  const artifactIndexes = new Map<string, number>();
  const sarifResults: unknown[] = [];
  const notifications: unknown[] = [];
  let fatal = false;

  for (const result of results) {
    let index = artifactIndexes.get(result.filePath);
    if (index === undefined) {
      index = artifacts.push({ location: artifactLocation(result.filePath, root), roles: ['analysisTarget'] }) - 1;
      artifactIndexes.set(result.filePath, index);
    }
    const location = { ...artifactLocation(result.filePath, root), index };

    for (const message of visibleMessages(result, context.quiet)) {
      if (message.fatal || !message.ruleId) {
        fatal ||= Boolean(message.fatal);
        notifications.push({
          level: 'error',
          message: { text: message.message },
          locations: [{ physicalLocation: { artifactLocation: location, region: { startLine: message.line, startColumn: message.column } } }],
        });
        continue;
      }
      sarifResults.push(sarifResult(message, result, location, ruleIndexes.get(message.ruleId)));
    }

    if (context.quiet) continue;
    if (result.skipped) {
      notifications.push({ level: 'note', message: { text: capitalise(result.skipped.message) }, locations: [{ physicalLocation: { artifactLocation: location } }] });
    }
    for (const draft of result.drafts) {
      if (!draft.skipped) continue;
      notifications.push({
        level: 'note',
        message: { text: draft.skipped.message },
        locations: [{
          physicalLocation: { artifactLocation: location, region: { startLine: draft.line } },
          ...(result.drafts.length > 1 ? { logicalLocations: [{ name: draft.name }] } : {}),
        }],
      });
    }
  }

  const driver = {
    name: 'apology-lint',
    version: context.version,
    ...(SEMVER.test(context.version) ? { semanticVersion: context.version } : {}),
    rules: context.rules.map(reportingDescriptor),
  };
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        invocations: [{ executionSuccessful: !fatal, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(root) } },
        artifacts,
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

function sarifResult(message: LintMessage, result: LintResult, location: ArtifactLocation, ruleIndex: number | undefined): unknown {
  const rewrite = suggestedRewrite(message);
  const draft = draftLabel(result, message);
  const fixes = (message.suggestions ?? []).map((suggestion) => {
    const [start, end] = suggestion.fix.range;
    return {
      description: { text: suggestion.desc },
      artifactChanges: [
        {
          artifactLocation: location,
          replacements: [
            {
              deletedRegion: { charOffset: start, charLength: end - start },
              // A replacement without insertedContent is a pure deletion.
              ...(suggestion.fix.text !== '' ? { insertedContent: { text: suggestion.fix.text } } : {}),
            },
          ],
        },
      ],
    };
  });
  return {
    ruleId: message.ruleId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: message.severity === 2 ? 'error' : 'warning',
    message: { text: rewrite ? `${message.message}\nSuggested rewrite: ${rewrite}` : message.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: location,
          region: { startLine: message.line, startColumn: message.column, endLine: message.endLine, endColumn: message.endColumn },
        },
        ...(draft ? { logicalLocations: [{ name: draft }] } : {}),
      },
    ],
    ...(fixes.length ? { fixes } : {}),
    ...(draft || message.words ? { properties: { ...(draft ? { draft } : {}), ...(message.words ? { words: message.words } : {}) } } : {}),
  };
}

function reportingDescriptor(rule: RuleMeta): unknown {
  const level = rule.severity === 'error' ? 'error' : 'warning';
  const kind = KIND_HELP[rule.kind] ?? rule.kind;
  const explain = `apology-lint explain ${rule.id}`;
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.rationale },
    help: {
      text: `${rule.description}\n\n${rule.rationale}\n\nA ${rule.kind} rule: it ${kind}. Default severity: ${rule.severity}. Examples: ${explain}`,
      markdown: `**${markdown(rule.description)}**\n\n${markdown(rule.rationale)}\n\nA *${rule.kind}* rule: it ${markdown(kind)}. Default severity: \`${rule.severity}\`. Examples: \`${explain}\``,
    },
    defaultConfiguration: { level },
    properties: { tags: ['apology', rule.kind] },
  };
}

/** `missing-follow-up` → `MissingFollowUp`; `acme/no-jargon` → `AcmeNoJargon`. */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

function markdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, '\\$&');
}

/** Relative to %SRCROOT% inside the working folder; an absolute file URI outside it. */
function artifactLocation(filePath: string, cwd: string): ArtifactLocation {
  if (filePath.startsWith('<')) return { uri: encodeURIComponent(filePath), description: { text: 'standard input' } };
  const shown = displayPath(filePath, cwd);
  if (isAbsolute(shown)) return { uri: pathToFileURL(shown).href };
  const segments = sep === '\\' ? shown.split(/[\\/]/) : shown.split('/');
  return { uri: segments.map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function directoryUri(cwd: string): string {
  const href = pathToFileURL(cwd).href;
  return href.endsWith('/') ? href : `${href}/`;
}
