/**
 * What every run loads: the built CLI and the chunks it imports before anything else. The
 * parsers for Markdown, HTML and YAML, cosmiconfig, the progress bar and the diff library
 * must stay out of it (each is loaded by the run that needs it), as must node:crypto and
 * child_process. Each was a measurable share of a one-reply run's start-up (issue 6).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

/** dist/cli.js and every chunk it imports statically, transitively. */
function startupCode(): string {
  const seen = new Set<string>();
  const visit = (file: string): string => {
    if (seen.has(file)) return '';
    seen.add(file);
    const code = readFileSync(join(ROOT, 'dist', file), 'utf8');
    const imported = [...code.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+"\.\/([^"]+)"/gms)].map((m) => m[1]!);
    return code + imported.map(visit).join('');
  };
  return visit('cli.js');
}

describe('start-up', () => {
  it('loads no parser, config reader or tool that the run may not need', () => {
    const code = startupCode();
    // esbuild marks each bundled file with its path: the libraries' own code is absent.
    for (const library of ['yaml', 'mdast-util-from-markdown', 'micromark', 'htmlparser2', 'cosmiconfig', 'js-yaml', 'cli-progress', 'diff']) {
      expect(code, library).not.toContain(`// node_modules/${library}/`);
    }
    expect(code).toContain('// node_modules/commander/'); // the check itself sees bundled code
    expect(code).not.toMatch(/from "(?:node:)?crypto"/);
    // commander's own `const childProcess = require(…)`, made lazy by the build (tsup.config.ts).
    expect(code).not.toMatch(/=\s*__require\w*\("(?:node:)?child_process"\);/);
    expect(code).toMatch(/spawn: \(\.\.\.args\) => __require\w*\("(?:node:)?child_process"\)\.spawn/);
  });
});
