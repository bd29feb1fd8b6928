import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

// Two builds. An ES build for the CLI and the API, split so that parsers and tools load only when
// a run needs them; and the CLI again as one CommonJS script, for V8's code cache (see the second
// config below). The small runtime deps are bundled in: resolving and loading them file by file
// costs more cold-start time than parsing one file. compromise stays
// external: its own one-file CommonJS build is required synchronously, and only when a rule
// first needs grammar (src/draft/nlp.ts). `typescript` stays external (cosmiconfig's optional TS loader
// references it; we load .ts configs with jiti instead), jiti stays external because
// it loads its own babel transform lazily from its package folder, and write-file-atomic
// (CommonJS that names its temporary files from __filename) is loaded only when --fix writes.
/**
 * commander requires child_process at load time, for subcommands that are separate programs;
 * ours are not, and loading it (with net and dgram) cost ~4 ms of every start. Require it on
 * first use instead. Fails the build if commander's line changes, rather than silently.
 */
const lazyChildProcess: Plugin = {
  name: 'lazy-child-process',
  setup(build) {
    build.onLoad({ filter: /commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const eager = "const childProcess = require('node:child_process');";
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(eager)) throw new Error(`${args.path}: commander no longer has "${eager}"; update tsup.config.ts`);
      const lazy = "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };";
      return { contents: source.replace(eager, lazy), loader: 'js' };
    });
  },
};

/**
 * fdir (tinyglobby's directory walker) tries to require picomatch from node_modules when it
 * loads, for a glob feature tinyglobby does not use. That second, unbundled copy of picomatch
 * cost ~17 ms of every start. Drop the attempt; fails the build if fdir's lines change.
 */
const noFdirPicomatch: Plugin = {
  name: 'no-fdir-picomatch',
  setup(build) {
    build.onLoad({ filter: /fdir[\\/]dist[\\/]index\.mjs$/ }, (args) => {
      const eager = /try \{\s*__require\.resolve\("picomatch"\);\s*pm = __require\("picomatch"\);\s*\} catch \{\}/;
      const source = readFileSync(args.path, 'utf8');
      if (!eager.test(source)) throw new Error(`${args.path}: fdir no longer requires picomatch as expected; update tsup.config.ts`);
      return { contents: source.replace(eager, ''), loader: 'js' };
    });
  },
};

/**
 * chalk asks node:tty at load time whether standard output and error are terminals, and imports
 * node:os for the Windows version it checks on Windows only. Loading node:tty costs ~3 ms, which
 * a run writing to a pipe or a file never needs, and node:os ~2 ms, which no run off Windows
 * needs: ask through src/terminal.ts instead, which gives the same answer and loads node:tty
 * only for a character device, and load node:os when chalk first asks it. Fails the build if
 * chalk's lines change.
 */
const chalkBuiltinsOnDemand: Plugin = {
  name: 'chalk-builtins-on-demand',
  setup(build) {
    build.onLoad({ filter: /chalk[\\/]source[\\/]vendor[\\/]supports-color[\\/]index\.js$/ }, (args) => {
      const replacements = [
        ["import tty from 'node:tty';", `import { isTerminal } from ${JSON.stringify(resolvePath('src/terminal.ts'))};\nconst tty = { isatty: isTerminal };`],
        ["import os from 'node:os';", "const os = { release: () => process.getBuiltinModule('node:os').release() };"],
      ];
      let source = readFileSync(args.path, 'utf8');
      for (const [eager, lazy] of replacements) {
        if (!source.includes(eager!)) throw new Error(`${args.path}: chalk no longer has "${eager}"; update tsup.config.ts`);
        source = source.replace(eager!, lazy!);
      }
      if (/\bos\.(?!release\()/.test(source)) throw new Error(`${args.path}: chalk uses more of node:os than release(); update tsup.config.ts`);
      return { contents: source, loader: 'js' };
    });
  },
};

/**
 * Node's built-in modules, taken with `process.getBuiltinModule` instead of `import`. An ES
 * import of a built-in makes Node build a module facade over all its exports (fs has ~100),
 * ~6 ms of every start across the eight the CLI imports. Each import of a built-in resolves to
 * a small module that re-exports the module's own properties; only plain values are exported,
 * so a lazy getter (fs.promises) is never triggered, and importing one fails the build.
 */
const builtinsWithoutFacades: Plugin = {
  name: 'builtins-without-facades',
  setup(build) {
    build.onResolve({ filter: /^(?:node:)?(?:fs|module|path|url|util|os|process|tty|events)$/ }, (args) =>
      args.kind === 'import-statement' ? { path: args.path.replace(/^node:/, ''), namespace: 'builtin' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'builtin' }, async (args) => {
      const mod = (await import(`node:${args.path}`)) as { default: object };
      const names = Object.entries(Object.getOwnPropertyDescriptors(mod.default))
        .filter(([name, d]) => 'value' in d && /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default')
        .map(([name]) => name);
      return {
        contents: `const m = process.getBuiltinModule(${JSON.stringify(`node:${args.path}`)});\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`,
        loader: 'js',
      };
    });
  },
};

/**
 * esbuild escapes characters past ASCII in strings but leaves them in regular expression literals
 * and String.raw templates (the rules' ’ “ — …). Escape those too, as \uXXXX: in a regular
 * expression, and in the String.raw sources the rules build regular expressions from, the escape
 * matches exactly what the character does. The output is then pure ASCII, which Node reads into a
 * one-byte string: half the memory for dist/cli.cjs's 1.2 MB, and less of every start spent
 * reading it and checking it against the code cache.
 */
const asciiOnly: NonNullable<Options['plugins']>[number] = {
  name: 'ascii-only',
  renderChunk(code) {
    return { code: code.replace(/[^\x00-\x7f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`) };
  },
};

/**
 * Names this build: a code cache made for another build of dist/cli.cjs is never used, nor are
 * --cache results saved by another build (src/engine/cache.ts).
 */
const BUILD_ID = randomBytes(8).toString('hex');

/** What both builds share. */
const common = {
  target: 'node20',
  platform: 'node',
  outDir: 'dist',
  sourcemap: false,
  // Whitespace and syntax only: V8 parses the smaller bundle faster (importing the CLI: ~10 ms
  // less, issue 6), and names stay as written, so a --debug stack trace still reads.
  minifyWhitespace: true,
  minifySyntax: true,
  removeNodeProtocol: false,
  noExternal: [/^(?!typescript$|jiti(\/|$)|write-file-atomic$|compromise$).*/],
  external: ['typescript', 'jiti', 'write-file-atomic', 'compromise'],
  define: { __VERSION__: JSON.stringify(version), __BUILD_ID__: JSON.stringify(BUILD_ID) },
  plugins: [asciiOnly],
} satisfies Options;


export default defineConfig([
  {
    ...common,
    entry: { cli: 'src/cli.ts', api: 'src/api.ts' },
    format: ['esm'],
    // The CommonJS build below writes into the same folder at the same time.
    clean: ['!cli.cjs'],
    // stripInternal: Linter.lintFilesAsSaved is the CLI's, not the API's.
    dts: { entry: { api: 'src/api.ts' }, compilerOptions: { stripInternal: true } },
    splitting: true,
    // What each output file holds (dist/metafile-esm.json): the start-up test reads it.
    metafile: true,
    esbuildPlugins: [lazyChildProcess, noFdirPicomatch, chalkBuiltinsOnDemand, builtinsWithoutFacades],
    banner: {
      js: "const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);",
    },
  },
  {
    // The CLI again, as one CommonJS script, for bin/apology-lint.js to compile with V8's code
    // cache (made by scripts/code-cache.mjs): most of the parsing and compiling a run does is
    // then read back instead. A run without a usable cache imports the ES build instead.
    ...common,
    entry: { cli: 'src/cli.ts' },
    format: ['cjs'],
    clean: false,
    splitting: false,
    shims: true,
    outExtension: () => ({ js: '.cjs' }),
    esbuildPlugins: [lazyChildProcess, noFdirPicomatch, chalkBuiltinsOnDemand],
    // jsonc-parser's "main" is a UMD build whose requires esbuild cannot follow.
    esbuildOptions(options) {
      options.mainFields = ['module', 'main'];
    },
    banner: { js: `/*build ${BUILD_ID}*/` },
  },
]);
