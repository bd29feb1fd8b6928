/** Which files a folder, a glob or a path names. */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { discoverFiles, IgnoreFilter } from '../../src/sources/discover.js';
import { makeProject } from '../helpers/tmp.js';

const EXTENSIONS = ['.txt', '.md', '.json', '.yaml', '.yml'];
const REPLY = 'Sorry about that.\n';

describe('discoverFiles', () => {
  const dir = makeProject({
    'replies/a.txt': REPLY,
    'replies/B.TXT': REPLY,
    'replies/macros.json': '[]',
    'replies/nested/deep/c.md': REPLY,
    'replies/notes.pdf': 'x',
    'replies/.hidden.txt': REPLY,
    'replies/.drafts/d.txt': REPLY,
    'replies/node_modules/pkg/e.txt': REPLY,
    'replies/tsconfig.build.json': '{}',
    'replies/Package-Lock.JSON': '{}',
    'replies/composer.json': '{}',
    'replies/pnpm-lock.yaml': '',
    'replies/.pre-commit-config.yaml': '',
    'replies/mypackage.json': '[]',
    'replies/package.json/f.txt': REPLY,
  });
  const discover = (patterns: string[], filter = new IgnoreFilter([])) => discoverFiles(patterns, { cwd: dir, extensions: EXTENSIONS, filter });
  const inReplies = (...names: string[]) => names.map((name) => join(dir, 'replies', name));

  it('a folder gives its reply files at any depth, sorted, without hidden, dependency or tool files', async () => {
    const { files, problems, explicit } = await discover(['replies']);
    // Nor anything in a folder named like a tool file (package.json/f.txt).
    expect(files).toEqual(inReplies('B.TXT', 'a.txt', 'macros.json', 'mypackage.json', 'nested/deep/c.md'));
    expect(problems).toEqual([]);
    expect(explicit.size).toBe(0);
  });

  it('a glob matches as written, and still never gives tool files', async () => {
    expect((await discover(['replies/**/*.json'])).files).toEqual(inReplies('macros.json', 'mypackage.json'));
    expect((await discover(['replies/*.txt'])).files).toEqual(inReplies('a.txt'));
    expect((await discover(['replies/nomatch-*.txt'])).problems).toEqual([{ pattern: 'replies/nomatch-*.txt', message: 'no files match this pattern' }]);
  });

  it('a file named on its own is linted whatever it is called, and a path that names nothing is a problem', async () => {
    const { files, explicit, problems } = await discover(['replies/tsconfig.build.json', 'replies/missing.txt']);
    expect(files).toEqual(inReplies('tsconfig.build.json'));
    expect([...explicit]).toEqual(files);
    expect(problems).toEqual([{ pattern: 'replies/missing.txt', message: 'no such file or directory' }]);
  });

  it('lists a folder as a glob for the extensions at any depth does, links and odd names included', async () => {
    const project = makeProject({
      'lib/a.txt': REPLY,
      'lib/UPPER.Md': REPLY,
      'lib/Node_Modules/x.txt': REPLY,
      'lib/deep/node_modules/y.txt': REPLY,
      'lib/.git/z.txt': REPLY,
      'lib/sub/.hidden/w.txt': REPLY,
      'lib/sub/ok.yml': '',
      'lib/sub/notes.txt.bak': REPLY,
      'lib/space name/é.txt': REPLY,
      'outside/real.txt': REPLY,
      'outside-dir/inner.txt': REPLY,
      'outside-dir/.inner-hidden.txt': REPLY,
    });
    const lib = join(project, 'lib');
    symlinkSync(join(project, 'outside/real.txt'), join(lib, 'link.txt'));
    symlinkSync(join(project, 'outside-dir'), join(lib, 'linked-dir'));
    symlinkSync(join(project, 'outside-dir'), join(lib, '.hidden-link'));
    symlinkSync(join(lib, 'loop-b.txt'), join(lib, 'loop-a.txt'));
    symlinkSync(join(lib, 'loop-a.txt'), join(lib, 'loop-b.txt'));
    symlinkSync(join(project, 'missing.txt'), join(lib, 'dangling.txt'));
    mkdirSync(join(lib, 'cycle'));
    writeFileSync(join(lib, 'cycle/c.txt'), REPLY);
    symlinkSync(lib, join(lib, 'cycle/back'));
    const asGlob = globSync(`**/*.{${EXTENSIONS.map((e) => e.slice(1)).join(',')}}`, { cwd: lib, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'], caseSensitiveMatch: false }).sort();
    const { files } = await discoverFiles([lib], { cwd: project, extensions: EXTENSIONS, filter: new IgnoreFilter([]) });
    expect(files).toEqual(asGlob);
    expect(files).toContain(join(lib, 'link.txt'));
    expect(files).toContain(join(lib, 'linked-dir/inner.txt'));
    expect(files).toContain(join(lib, 'space name/é.txt'));
  });

  it('judges names below the folder or working folder only', async () => {
    const project = makeProject({ 'composer.json/replies/a.txt': REPLY, 'composer.json/replies/package.json': '{}' });
    const options = { extensions: EXTENSIONS, filter: new IgnoreFilter([]) };
    expect((await discoverFiles([join(project, 'composer.json/replies')], { ...options, cwd: project })).files).toEqual([join(project, 'composer.json/replies/a.txt')]);
    expect((await discoverFiles(['replies/*'], { ...options, cwd: join(project, 'composer.json') })).files).toEqual([join(project, 'composer.json/replies/a.txt')]);
  });

  it('leaves out what ignore patterns name', async () => {
    const filter = new IgnoreFilter([{ patterns: ['nested/', '*.json'], baseDir: join(dir, 'replies') }]);
    expect((await discover(['replies'], filter)).files).toEqual(inReplies('B.TXT', 'a.txt'));
  });
});
