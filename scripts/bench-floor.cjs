/**
 * The floor under a cached re-run, for `npm run bench`: the least a Node.js process must do to
 * give the JSON report of an unchanged library from a --cache file, with Node's public API and
 * none of the linter loaded. It lists the folder, reads the cache and checks its CRC, reads the
 * index, stats every file, and writes the report. It compares nothing and trusts the cache, so it
 * is a bound to measure the CLI against, not a linter. bench.ts checks that its report is, byte
 * for byte, the one the CLI writes.
 *
 *   node scripts/bench-floor.cjs FOLDER CACHE-FILE REPORT-FILE
 *
 * CommonJS, and run by plain `node`, so that it starts as the CLI's bin does.
 */
'use strict';
const { closeSync, openSync, readdirSync, readFileSync, statSync, writevSync } = require('node:fs');
const { join } = require('node:path');
const { crc32 } = require('node:zlib');

const NEWLINE = 0x0a;

/** Every file under `dir`, leaving out hidden ones, as a folder argument to the CLI does. */
function list(dir, files) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) list(path, files);
    else files.push(path);
  }
  return files;
}

function main([folder, cacheFile, reportFile]) {
  const files = list(folder, []).sort();
  const data = readFileSync(cacheFile);
  const firstEnd = data.indexOf(NEWLINE);
  const body = data.subarray(firstEnd + 1);
  // The first line ends with the CRC-32 of the rest (src/engine/cache-file.ts).
  if (firstEnd < 0 || String(crc32(body)) !== data.toString('latin1', 0, firstEnd).split(' ').pop()) return `${cacheFile}: not a cache file, or damaged`;
  const indexEnd = body.indexOf(NEWLINE);
  const index = JSON.parse(body.toString('utf8', 0, indexEnd));
  if (index.paths.length !== files.length) return `${cacheFile}: holds ${index.paths.length} files, the folder ${files.length}`;
  // The size, times and inode each cached entry is checked against.
  for (const file of files) statSync(file);
  // The results lie in the cache as the inside of the report's JSON array, then a newline.
  const parts = [Buffer.from('['), body.subarray(indexEnd + 1, body.length - 1), Buffer.from(']\n')];
  const fd = openSync(reportFile, 'w');
  try {
    const length = parts.reduce((sum, part) => sum + part.length, 0);
    if (writevSync(fd, parts) !== length) return `${reportFile}: written in part`;
  } finally {
    closeSync(fd);
  }
  return null;
}

const problem = main(process.argv.slice(2));
if (problem) {
  process.stderr.write(`bench-floor: ${problem}\n`);
  process.exitCode = 2;
}
