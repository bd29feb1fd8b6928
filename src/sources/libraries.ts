/**
 * The parsers for Markdown, HTML and YAML, loaded the first time a file needs them. Together
 * they are half of the program's code; a run over plain-text replies never loads them, which
 * is most of a one-file run's start-up (measured in issue 6). Formats name what they need
 * (`SourceFormat.needs`), and the engine loads it before calling `parse`.
 */
import type * as Htmlparser from 'htmlparser2';
import type * as Yaml from 'yaml';

export type LibraryName = 'markdown' | 'html' | 'yaml';

interface Markdown {
  fromMarkdown: typeof import('mdast-util-from-markdown').fromMarkdown;
  frontmatterFromMarkdown: typeof import('mdast-util-frontmatter').frontmatterFromMarkdown;
  frontmatter: typeof import('micromark-extension-frontmatter').frontmatter;
}

interface Loaded {
  markdown?: Markdown;
  html?: typeof Htmlparser;
  yaml?: typeof Yaml;
}

const loaded: Loaded = {};

const LOADERS: { [K in LibraryName]: () => Promise<NonNullable<Loaded[K]>> } = {
  markdown: async () => {
    const [{ fromMarkdown }, { frontmatterFromMarkdown }, { frontmatter }] = await Promise.all([
      import('mdast-util-from-markdown'),
      import('mdast-util-frontmatter'),
      import('micromark-extension-frontmatter'),
    ]);
    return { fromMarkdown, frontmatterFromMarkdown, frontmatter };
  },
  html: () => import('htmlparser2'),
  yaml: async () => commonJs(await import('yaml')),
};

/**
 * A CommonJS package loaded with `import()`: under Node its exports are also named exports,
 * but bundled they are only the default export. Either way, the exports object.
 */
export function commonJs<T extends object>(mod: T): T {
  return (mod as { default?: T }).default ?? mod;
}

/** Whether every library in `names` is loaded (so `parse` can run without waiting). */
export function librariesLoaded(names: readonly LibraryName[]): boolean {
  return names.every((name) => loaded[name] !== undefined);
}

export async function loadLibraries(names: readonly LibraryName[] = ['markdown', 'html', 'yaml']): Promise<void> {
  await Promise.all(
    names.map(async (name) => {
      (loaded as Record<LibraryName, unknown>)[name] ??= await LOADERS[name]();
    }),
  );
}

function library<K extends LibraryName>(name: K): NonNullable<Loaded[K]> {
  const lib = loaded[name];
  if (!lib) throw new Error(`the ${name} parser was used before it was loaded (call loadLibraries first)`);
  return lib as NonNullable<Loaded[K]>;
}

export const markdownLibrary = (): Markdown => library('markdown');
export const htmlLibrary = (): typeof Htmlparser => library('html');
export const yamlLibrary = (): typeof Yaml => library('yaml');
