#!/usr/bin/env node
// Compile the rules' large cue patterns to native code on first use. V8 otherwise runs a
// regular expression in its interpreter for the first executions, which on these patterns
// costs a quarter of a second of a one-file run (measured in issue 3).
import v8 from 'node:v8';

v8.setFlagsFromString('--regexp-tier-up-ticks=0');
const { main } = await import('../dist/cli.js');
await main();
