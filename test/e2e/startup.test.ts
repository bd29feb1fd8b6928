/**
 * What every run loads: the built CLI and the chunks it imports before anything else. The
 * parsers for Markdown, HTML and YAML, cosmiconfig, the progress bar and the diff library
 * must stay out of it (each is loaded by the run that needs it), as must node:crypto and
 * child_process. Each was a measurable share of a one-reply run's start-up (issue 6).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
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
    // The rules, drafts and lexicons load on the first lint (src/linter.ts); start-up reads the rules' catalog.
    expect(inputs.filter((input) => /^(?:rules\/|src\/draft\/)/.test(input))).toEqual(['rules/shared/completeness-parts.ts', 'rules/catalog.generated.ts']);
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

  it('a run that writes its report to a file makes no stream for standard output or error and loads no node:tty (nor node:os off Windows, nor the ES module loader)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'apology-lint-streams-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const hook = join(dir, 'hook.cjs');
    writeFileSync(hook, "process.on('exit', () => require('fs').writeFileSync(process.env.LOADED, process.moduleLoadList.join('\\n')));\n");
    const loaded = (args: string[]) => {
      const file = join(dir, `loaded-${args.length}.txt`);
      const run = spawnSync(process.execPath, ['--require', hook, join(ROOT, 'bin', 'apology-lint.js'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LOADED: file } });
      expect(run.stderr).toBe('');
      return readFileSync(file, 'utf8').split('\n');
    };
    const toFile = loaded(['fixtures/drafts', '--format', 'json', '--output-file', join(dir, 'report.json')]);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))).toHaveLength(readdirSync(join(ROOT, 'fixtures/drafts')).length);
    for (const module of ['NativeModule tty', 'NativeModule net', 'NativeModule internal/fs/sync_write_stream']) expect(toFile, module).not.toContain(module);
    // bin is CommonJS, so a run that imports nothing never starts Node's ES module loader (its
    // module jobs, and node:fs/promises for reading modules): ~10 ms of every start.
    for (const module of ['NativeModule internal/modules/esm/module_job', 'NativeModule internal/fs/promises']) expect(toFile, module).not.toContain(module);
    // chalk imports node:os for a check it makes on Windows only (tsup.config.ts).
    if (process.platform !== 'win32') expect(toFile).not.toContain('NativeModule os');
    // Writing the report to standard output (a pipe here) makes its stream, as it must.
    expect(loaded(['fixtures/drafts', '--format', 'json'])).toContain('NativeModule net');
  });

  it('the built files are pure ASCII, which Node reads into a one-byte string (characters like ’ escaped, tsup.config.ts)', () => {
    const built = readdirSync(join(ROOT, 'dist')).filter((name) => /\.c?js$/.test(name));
    expect(built).toContain('cli.cjs');
    for (const name of built) expect(readFileSync(join(ROOT, 'dist', name)).every((byte) => byte < 0x80), name).toBe(true);
    expect(readFileSync(join(ROOT, 'dist', 'cli.cjs'), 'utf8')).toContain(String.raw`I['\u2019]m|I am`);
  });

  it('the bundle is minified (whitespace and syntax) but keeps its names, for readable stack traces', () => {
    const { code } = startup();
    expect(code).toMatch(/function discoverFiles\(/);
    expect(code.split('\n').length).toBeLessThan(2000);
  });
});

describe("V8's code cache (bin/apology-lint.js)", () => {
  const cacheName = () => {
    const build = /^\/\*build (\w+)\*\//.exec(readFileSync(join(ROOT, 'dist', 'cli.cjs'), 'utf8'))?.[1];
    return `cli.cjs.${build}.node-${process.version}-${process.arch}.v8cache`;
  };
  // A copy of bin/ and dist/ beside a link to node_modules, so it finds its dependencies as the real one does.
  const copy = mkdtempSync(join(tmpdir(), 'apology-lint-loader-'));
  cpSync(join(ROOT, 'bin'), join(copy, 'bin'), { recursive: true });
  cpSync(join(ROOT, 'dist'), join(copy, 'dist'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  const REPLY = join(ROOT, 'fixtures', 'drafts', 'late-parcel.txt');
  const run = (bin: string, nodeArgs: string[] = []) => {
    const result = spawnSync(process.execPath, [...nodeArgs, bin, REPLY, '--debug', '--no-config'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const lines = result.stderr.trimEnd().split('\n');
    return { status: result.status, stdout: result.stdout, loaded: /\(([^)]*)\)$/.exec(lines.at(-1) ?? '')?.[1], stderr: lines.slice(0, -1).join('\n') };
  };
  const plain = run(join(ROOT, 'bin', 'apology-lint.js'));

  it('the build makes one cache, for this build of the CLI and this Node.js, and a run uses it', () => {
    expect(readdirSync(join(ROOT, 'dist')).filter((name) => name.endsWith('.v8cache'))).toEqual([cacheName()]);
    expect(plain.loaded).toBe('code cache');
    expect(plain.status).toBe(1);
    expect(plain.stdout).toContain('8 problems (5 errors, 3 warnings)');
  });

  it('without a cache, the ES build runs, with the same report', () => {
    rmSync(join(copy, 'dist', cacheName()));
    const without = run(join(copy, 'bin', 'apology-lint.js'));
    expect(without.loaded).toBe('no code cache for this build and Node.js');
    expect([without.status, without.stdout, without.stderr]).toEqual([plain.status, plain.stdout, plain.stderr]);
  });

  it('the ES build and the script from the cache give the same reports for every fixture (text, Markdown, HTML, JSON, YAML, broken files)', () => {
    rmSync(join(copy, 'dist', cacheName()), { force: true }); // the copy runs the ES build
    const all = (bin: string) => spawnSync(process.execPath, [bin, 'fixtures', '--format', 'json', '--no-config'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const fromCache = all(join(ROOT, 'bin', 'apology-lint.js'));
    const fromEs = all(join(copy, 'bin', 'apology-lint.js'));
    expect(JSON.parse(fromCache.stdout).length).toBeGreaterThan(50);
    expect([fromEs.status, fromEs.stdout, fromEs.stderr]).toEqual([fromCache.status, fromCache.stdout, fromCache.stderr]);
  });

  it('a cache damaged on disk, or made under other V8 flags, is turned down: no crash, the same report', () => {
    const good = readFileSync(join(ROOT, 'dist', cacheName()));
    // One flipped byte in the middle: without the checksum, V8 ran it and the process crashed.
    const damaged = Buffer.from(good);
    const middle = damaged.length >> 1;
    damaged[middle] = damaged[middle]! ^ 1;
    writeFileSync(join(copy, 'dist', cacheName()), damaged);
    const flipped = run(join(copy, 'bin', 'apology-lint.js'));
    expect(flipped.loaded).toBe('code cache turned down by V8');
    expect([flipped.status, flipped.stdout, flipped.stderr]).toEqual([plain.status, plain.stdout, plain.stderr]);

    writeFileSync(join(copy, 'dist', cacheName()), good.subarray(0, good.length >> 2));
    const cut = run(join(copy, 'bin', 'apology-lint.js'));
    expect(cut.loaded).toBe('code cache turned down by V8');
    expect([cut.status, cut.stdout]).toEqual([plain.status, plain.stdout]);

    writeFileSync(join(copy, 'dist', cacheName()), good);
    const otherFlags = run(join(copy, 'bin', 'apology-lint.js'), ['--stack-size=900']);
    expect(otherFlags.loaded).toBe('code cache turned down by V8');
    expect([otherFlags.status, otherFlags.stdout]).toEqual([plain.status, plain.stdout]);
  });
});
