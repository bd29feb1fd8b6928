import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

// One ESM bundle for the CLI and the API. The small runtime deps are bundled in: resolving and
// loading them file by file costs more cold-start time than parsing one file. compromise stays
// external: its own one-file CommonJS build is required synchronously, and only when a rule
// first needs grammar (src/draft/nlp.ts). `typescript` stays external (cosmiconfig's optional TS loader
// references it; we load .ts configs with jiti instead), jiti stays external because
// it loads its own babel transform lazily from its package folder, and write-file-atomic
// (CommonJS that names its temporary files from __filename) is loaded only when --fix writes.
export default defineConfig({
  entry: { cli: 'src/cli.ts', api: 'src/api.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  outDir: 'dist',
  clean: true,
  dts: { entry: { api: 'src/api.ts' } },
  splitting: true,
  sourcemap: false,
  noExternal: [/^(?!typescript$|jiti(\/|$)|write-file-atomic$|compromise$).*/],
  external: ['typescript', 'jiti', 'write-file-atomic', 'compromise'],
  define: { __VERSION__: JSON.stringify(version) },
  banner: {
    js: "import { createRequire as __alCreateRequire } from 'node:module'; const require = __alCreateRequire(import.meta.url);",
  },
});
