#!/usr/bin/env node
if (typeof process.getBuiltinModule !== 'function') {
  // Older than Node 20.16: say so plainly instead of failing on the first line that needs it.
  process.stderr.write(`apology-lint: needs Node.js 20.19 or newer; this is Node.js ${process.versions.node}\n`);
  process.exit(2);
}
// Compile the rules' large cue patterns to native code on first use. V8 otherwise runs a
// regular expression in its interpreter for the first executions, which on these patterns
// costs a quarter of a second of a one-file run (measured in issue 3). Taken with
// process.getBuiltinModule, not `import`: an ES import of a built-in costs a module facade.
process.getBuiltinModule('node:v8').setFlagsFromString('--regexp-tier-up-ticks=0');
const { main } = await import('../dist/cli.js');
await main();
