#!/usr/bin/env node
if (typeof process.getBuiltinModule !== 'function') {
  // Older than Node 20.16: say so plainly instead of failing on the first line that needs it.
  process.stderr.write(`apology-lint: needs Node.js 20.19 or newer; this is Node.js ${process.versions.node}\n`);
  process.exit(2);
}
// This file is CommonJS (bin/package.json says so), not an ES module like the rest of the package:
// Node then starts the program without its ES module loader, about 10 ms sooner (issue 6).
const fs = process.getBuiltinModule('node:fs');
const vm = process.getBuiltinModule('node:vm');
const { join } = process.getBuiltinModule('node:path');

// Compile the rules' large cue patterns to native code on first use. V8 otherwise runs a
// regular expression in its interpreter for the first executions, which on these patterns
// costs a quarter of a second of a one-file run (measured in issue 3).
const v8 = process.getBuiltinModule('node:v8');
v8.setFlagsFromString('--regexp-tier-up-ticks=0');
// Give the code cache below a checksum, and check it: Node's V8 does not by default, and a cache
// damaged on disk would otherwise crash the process instead of being turned down.
v8.setFlagsFromString('--verify-snapshot-checksum');

/**
 * The CLI, from V8's code cache when this build of Node has one for this build of the CLI
 * (scripts/code-cache.mjs makes it when the package is built): dist/cli.cjs is compiled with
 * the cache, so what a run needs is read back instead of parsed and compiled again. Otherwise,
 * the ES build is imported as usual. Either way the CLI is the same code, from the same source.
 */
async function loadCli() {
  const dist = join(__dirname, '..', 'dist');
  const file = join(dist, 'cli.cjs');
  // Set only by scripts/code-cache.mjs, which runs the CLI once to make the cache.
  const making = process.env.APOLOGY_LINT_CODE_CACHE === 'write';
  let source;
  let cachedData;
  let cacheFile;
  try {
    // The build writes pure ASCII (tsup.config.ts), which reads as Latin-1 without UTF-8
    // decoding: ~1 ms less of every start. Anything else is decoded as UTF-8, as it must be.
    const bytes = fs.readFileSync(file);
    source = process.getBuiltinModule('node:buffer').isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
    const build = /^\/\*build (\w+)\*\//.exec(source)[1];
    cacheFile = `${file}.${build}.node-${process.version}-${process.arch}.v8cache`;
    if (!making) cachedData = fs.readFileSync(cacheFile);
  } catch {
    // No CommonJS build, or no cache made for it by this Node.js: then the ES build, split into
    // chunks loaded as needed, starts faster than compiling the whole script.
  }
  if (cacheFile === undefined || (cachedData === undefined && !making)) {
    globalThis[Symbol.for('apology-lint.loaded')] = 'no code cache for this build and Node.js';
    return (await import('../dist/cli.js')).main;
  }
  // Under Node 20 a script compiled from a code cache cannot make its own `import()` (plugins,
  // config files, write-file-atomic): it borrows this module's (see src/external.ts).
  globalThis[Symbol.for('apology-lint.import')] = (specifier) => import(specifier);
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  const cli = { exports: {} };
  script.runInThisContext()(cli.exports, process.getBuiltinModule('node:module').createRequire(file), cli, file, dist);
  // A cache V8 turns down (other V8 flags, say) costs nothing but the compiling it would have saved.
  globalThis[Symbol.for('apology-lint.loaded')] = cachedData === undefined ? 'making the code cache' : script.cachedDataRejected ? 'code cache turned down by V8' : 'code cache';
  if (making) {
    process.once('beforeExit', () => fs.writeFileSync(cacheFile, script.createCachedData()));
  }
  return cli.exports.main;
}

loadCli().then((main) => main());
