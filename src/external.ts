/**
 * `import()` of a module outside the bundle: a plugin, a config file, jiti, write-file-atomic.
 *
 * bin/apology-lint.js may run the CLI as a script compiled from V8's code cache. Under Node 20
 * such a script cannot make an `import()` of its own (the callback it was compiled with is not
 * restored from the cache: "A dynamic import callback was not specified"), so bin lends its
 * own `import()`, which resolves packages from the same place. Every other caller uses ours.
 */
export function importExternal<T = Record<string, unknown>>(specifier: string): Promise<T> {
  const lent = (globalThis as Record<symbol, unknown>)[Symbol.for('apology-lint.import')] as ((specifier: string) => Promise<T>) | undefined;
  return lent ? lent(specifier) : (import(specifier) as Promise<T>);
}
