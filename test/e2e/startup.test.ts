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

interface Metafile {
  outputs: Record<string, { imports: Array<{ path: string; kind: string; external?: boolean }>; inputs: Record<string, unknown> }>;
}

/**
 * dist/cli.js and every chunk it imports statically, transitively, from esbuild's account of
 * the build (dist/metafile-esm.json): the source files bundled into them, and their code.
 */
function startup(): { inputs: string[]; code: string } {
  const meta = JSON.parse(readFileSync(join(ROOT, 'dist', 'metafile-esm.json'), 'utf8')) as Metafile;
  const seen = new Set<string>();
  const visit = (output: string): void => {
    if (seen.has(output)) return;
    seen.add(output);
    for (const { path, kind, external } of meta.outputs[output]!.imports) if (!external && kind === 'import-statement') visit(path);
  };
  visit('dist/cli.js');
  return {
    inputs: [...seen].flatMap((output) => Object.keys(meta.outputs[output]!.inputs)),
    code: [...[...seen].map((output) => join(ROOT, output)), join(ROOT, 'bin', 'apology-lint.js')].map((file) => readFileSync(file, 'utf8')).join('\n'),
  };
}

describe('start-up', () => {
  it('loads no parser, config reader or tool that the run may not need', () => {
    const { inputs, code } = startup();
    const libraries = new Set(inputs.filter((input) => input.startsWith('node_modules/')).map((input) => input.split('/')[1]));
    for (const library of ['yaml', 'mdast-util-from-markdown', 'micromark', 'htmlparser2', 'cosmiconfig', 'js-yaml', 'cli-progress', 'diff']) {
      expect(libraries.has(library), library).toBe(false);
    }
    expect(libraries.has('commander')).toBe(true); // the check itself sees bundled code
    expect(inputs).toContain('src/cli.ts');
    expect(code).not.toMatch(/from\s*"(?:node:)?crypto"/);
    // commander's own `const childProcess = require(…)`, made lazy by the build (tsup.config.ts).
    expect(code).not.toMatch(/=\s*__require\w*\("(?:node:)?child_process"\)[;,]/);
    expect(code).toMatch(/spawn:\s*\(\.\.\.args\)\s*=>\s*__require\w*\("(?:node:)?child_process"\)\.spawn/);
    // Built-ins come from process.getBuiltinModule: an ES import of one builds a module facade.
    expect(code).not.toMatch(/\b(?:import|from)\s*["'](?:node:)?(?:fs|path|url|os|tty|process|module|util|events|v8)["']/);
    expect(code).toContain('process.getBuiltinModule("node:fs")');
    // fdir's attempt to load a second picomatch from node_modules, dropped by the build.
    expect(code).not.toMatch(/__require\w*\("picomatch"\)/);
  });

  it('the bundle is minified (whitespace and syntax) but keeps its names, for readable stack traces', () => {
    const { code } = startup();
    expect(code).toMatch(/function matchPhrases\(/);
    expect(code.split('\n').length).toBeLessThan(2000);
  });
});
