/**
 * The ways apology-lint runs outside a terminal: the pre-commit hook (.pre-commit-hooks.yaml),
 * proved with the real pre-commit tool, and the composite GitHub Action (action.yml), whose
 * `run` steps are executed with bash as a runner would.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { parse } from 'yaml';
import { LINTABLE_EXTENSIONS } from '../../src/sources/index.js';
import { ROOT } from '../helpers/cli.js';
import { describeWithTool } from '../helpers/tools.js';

const BAD_REPLY = 'Hi Sam,\n\nOur courier lost your parcel. We apologize for any inconvenience.\n\nThanks,\nDana\n';
const GOOD_REPLY = readFileSync(join(ROOT, 'fixtures/drafts/good-apology.txt'), 'utf8');
// Complete and owned, but "will never happen again" overpromises: one warning, no errors.
const WARN_ONLY_REPLY = GOOD_REPLY.replace("We've added", 'This will never happen again: we have added');

/** A temp folder for the running test, removed when it finishes. */
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function write(root: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

/**
 * This process's environment without what would leak into the programs run here: git's
 * variables (set when the tests run inside a git hook), npm's script variables (set under
 * `npm test`), vitest's, colour switches, and pre-commit's SKIP.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const keepNpm = /^npm_config_(cache|registry|https?_proxy|proxy|noproxy|cafile|strict_ssl)$/i;
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^GIT_/.test(key) || /^VITEST/.test(key) || /^PRE_COMMIT/.test(key)) continue;
    if (/^npm_/i.test(key) && !keepNpm.test(key)) continue;
    if (['FORCE_COLOR', 'NO_COLOR', 'SKIP', 'NODE_ENV', 'NODE_OPTIONS', 'INIT_CWD'].includes(key)) continue;
    env[key] = value;
  }
  return env;
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr together, without colour codes. */
  output: string;
}

function run(command: string, args: readonly string[], options: SpawnSyncOptions & { cwd: string }): Run {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.error) throw result.error;
  const stdout = String(result.stdout);
  const stderr = String(result.stderr);
  // eslint-disable-next-line no-control-regex
  const output = `${stdout}\n${stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, stdout, stderr, output };
}

// ---------------------------------------------------------------------------------------
// pre-commit

interface HookDefinition {
  id: string;
  name: string;
  entry: string;
  language: string;
  files: string;
  exclude: string;
  require_serial: boolean;
  minimum_pre_commit_version: string;
}

/** pre-commit's patterns are Python regexes; a leading (?i) becomes JavaScript's i flag. */
function pythonRegex(pattern: string): RegExp {
  return pattern.startsWith('(?i)') ? new RegExp(pattern.slice(4), 'i') : new RegExp(pattern);
}

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as HookDefinition[];
  const hook = hooks.find((h) => h.id === 'apology-lint')!;
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  const selected = (path: string) => pythonRegex(hook.files).test(path) && !pythonRegex(hook.exclude).test(path);

  it('defines the apology-lint hook as a node hook running the package bin', () => {
    expect(hook).toMatchObject({ id: 'apology-lint', name: 'apology-lint', entry: 'apology-lint', language: 'node', require_serial: false });
    expect(Object.keys(pkg.bin)).toContain(hook.entry);
  });

  it('selects every file type apology-lint lints, in any case', () => {
    for (const extension of LINTABLE_EXTENSIONS) {
      expect(selected(`macros/reply${extension}`), extension).toBe(true);
      expect(selected(`macros/REPLY${extension.toUpperCase()}`), extension.toUpperCase()).toBe(true);
    }
    for (const path of ['reply.txt', 'a/b/c.md', 'zendesk/macros.json', 'macros/refund.yaml', 'macros/refund.yml', 'emails/late.html', 'emails/late.htm']) {
      expect(selected(path), path).toBe(true);
    }
    for (const path of ['src/cli.ts', 'notes.csv', 'reply.txt.bak', 'image.png']) expect(selected(path), path).toBe(false);
  });

  it('leaves out files that are never macros', () => {
    for (const path of [
      'package.json',
      'package-lock.json',
      'web/package.json',
      'tsconfig.json',
      'tsconfig.build.json',
      '.pre-commit-config.yaml',
      '.pre-commit-hooks.yaml',
      '.github/workflows/ci.yml',
      '.github/ISSUE_TEMPLATE/bug.md',
      'web/.github/dependabot.yml',
    ]) {
      expect(selected(path), path).toBe(false);
    }
    for (const path of ['my-package.json.txt', 'github/reply.md', 'macros/tsconfig-notes.md']) expect(selected(path), path).toBe(true);
  });
});

/**
 * A git repository holding a snapshot of this working tree (tracked files plus untracked
 * ones that are not ignored, without node_modules and dist), so uncommitted work is what
 * pre-commit installs. Returns the snapshot commit.
 */
function snapshotWorkingTree(target: string, git: (cwd: string, ...args: string[]) => Run): string {
  const listed = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, env: cleanEnv() });
  expect(listed.status, listed.stderr).toBe(0);
  for (const file of new Set(listed.stdout.split('\0').filter(Boolean))) {
    if (/^(node_modules|dist)(\/|$)/.test(file)) continue;
    const from = join(ROOT, file);
    const to = join(target, file);
    let stats;
    try {
      stats = lstatSync(from);
    } catch {
      continue; // deleted in the working tree
    }
    mkdirSync(dirname(to), { recursive: true });
    if (stats.isSymbolicLink()) symlinkSync(readlinkSync(from), to);
    else if (stats.isFile()) copyFileSync(from, to); // keeps the mode: bin/ stays executable
  }
  git(target, 'init', '-q');
  git(target, 'config', 'user.name', 'apology-lint test');
  git(target, 'config', 'user.email', 'test@example.com');
  git(target, 'add', '-A');
  git(target, 'commit', '-q', '--no-verify', '-m', 'snapshot of the working tree');
  return git(target, 'rev-parse', 'HEAD').stdout.trim();
}

describeWithTool(['git', 'pre-commit'], 'pre-commit hook, with the real pre-commit', () => {
  let tmp: string;
  let env: NodeJS.ProcessEnv;
  const git = (cwd: string, ...args: string[]): Run => {
    const result = run('git', args, { cwd, env });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed in ${cwd}:\n${result.output}`);
    return result;
  };

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'apology-lint-hook-'));
    writeFileSync(join(tmp, 'gitconfig'), '[init]\n\tdefaultBranch = main\n[advice]\n\tdetachedHead = false\n');
    env = {
      ...cleanEnv(),
      // git: no user or system config (hooksPath, signing, templates) from this machine.
      GIT_CONFIG_GLOBAL: join(tmp, 'gitconfig'),
      GIT_CONFIG_NOSYSTEM: '1',
      // pre-commit: its own cache (the hook environment) and plain output.
      PRE_COMMIT_HOME: join(tmp, 'pre-commit-home'),
      PRE_COMMIT_COLOR: 'never',
      // npm, when pre-commit installs the hook: use the local cache, no network chatter.
      npm_config_prefer_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    };
  });
  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  // One test, so pre-commit installs the hook environment once (npm install with dev
  // dependencies, the tsup build, npm pack, npm install -g): most of its time.
  it('installs the hook from this checkout, blocks a commit of a bad reply and lets a good one through', { timeout: 300_000 }, () => {
    const hookRepo = join(tmp, 'apology-lint');
    const rev = snapshotWorkingTree(hookRepo, git);

    const macros = join(tmp, 'macros');
    mkdirSync(macros);
    git(macros, 'init', '-q');
    git(macros, 'config', 'user.name', 'Macro Author');
    git(macros, 'config', 'user.email', 'macros@example.com');
    const config = (args?: string[]) =>
      [
        'repos:',
        `  - repo: ${JSON.stringify(hookRepo)}`,
        `    rev: ${rev}`,
        '    hooks:',
        '      - id: apology-lint',
        ...(args ? [`        args: ${JSON.stringify(args)}`] : []),
        '',
      ].join('\n');
    write(macros, { '.pre-commit-config.yaml': config() });
    const install = run('pre-commit', ['install'], { cwd: macros, env });
    expect(install.status, install.output).toBe(0);

    const commit = (message: string): Run => run('git', ['commit', '-m', message], { cwd: macros, env, timeout: 280_000 });

    // A reply that blames the courier: the hook fails and the commit is not made.
    write(macros, { 'macros/late-parcel.txt': BAD_REPLY });
    git(macros, 'add', '.pre-commit-config.yaml', 'macros/late-parcel.txt');
    const bad = commit('Add the late parcel macro');
    if (bad.output.includes('An unexpected error has occurred')) {
      throw new Error(`pre-commit could not install the hook from this checkout:\n${bad.output}`);
    }
    expect(bad.status, bad.output).not.toBe(0);
    expect(bad.output).toMatch(/apology-lint\.+Failed/);
    expect(bad.output).toContain('macros/late-parcel.txt');
    expect(bad.output).toMatch(/\berror\b.*\bblame-shifting\b/);
    expect(bad.output).toContain('non-apology');
    expect(run('git', ['rev-parse', '--verify', '-q', 'HEAD'], { cwd: macros, env }).status).not.toBe(0);

    // The same macro rewritten as a complete, owned apology: the commit goes through.
    write(macros, { 'macros/late-parcel.txt': GOOD_REPLY });
    git(macros, 'add', 'macros/late-parcel.txt');
    const good = commit('Add the late parcel macro');
    expect(good.status, good.output).toBe(0);
    expect(good.output).toMatch(/apology-lint\.+Passed/);

    // Files that are never macros are not passed to the hook, whatever they say.
    write(macros, {
      '.github/ISSUE_TEMPLATE/reply.md': BAD_REPLY,
      'package.json': `${JSON.stringify({ name: 'macros', description: BAD_REPLY }, null, 2)}\n`,
    });
    git(macros, 'add', '.github', 'package.json');
    const skipped = commit('Add repository files');
    expect(skipped.status, skipped.output).toBe(0);
    expect(skipped.output).toMatch(/apology-lint\.+\(no files to check\)Skipped/);

    // Warnings alone do not block a commit…
    write(macros, { 'macros/promise.txt': WARN_ONLY_REPLY });
    git(macros, 'add', 'macros/promise.txt');
    const warned = commit('Add the promise macro');
    expect(warned.status, warned.output).toBe(0);

    // …unless the config's args say so: args reach apology-lint (no reinstall for args).
    write(macros, { '.pre-commit-config.yaml': config(['--max-warnings', '0']), 'macros/promise-2.txt': WARN_ONLY_REPLY });
    git(macros, 'add', '.pre-commit-config.yaml', 'macros/promise-2.txt');
    const strict = commit('Fail on warnings');
    expect(strict.status, strict.output).not.toBe(0);
    expect(strict.output).toContain('macros/promise-2.txt');
    expect(strict.output).toContain('overpromise');
    expect(strict.output).toContain('more than --max-warnings 0 allows');
  });
});

// ---------------------------------------------------------------------------------------
// GitHub Action

interface ActionStep {
  name?: string;
  if?: string;
  uses?: string;
  with?: Record<string, string>;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}

interface Action {
  name: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  runs: { using: string; steps: ActionStep[] };
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;

/**
 * Run action.yml's steps the way a runner does for a composite action: each `run` with
 * `bash --noprofile --norc -eo pipefail`, `${{ }}` in env/if/working-directory evaluated
 * from the inputs (defaults unless given), GITHUB_ACTION_PATH at this checkout, and the
 * workspace as the working folder. Stops at the first failing step, as a runner does.
 * Only the expressions action.yml uses are understood; anything else fails the test.
 */
function runAction(workspace: string, given: Record<string, string> = {}): Run & { steps: Array<{ name: string; run: Run }> } {
  const inputs: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) inputs[name] = input.default ?? '';
  for (const [name, value] of Object.entries(given)) {
    if (!(name in action.inputs)) throw new Error(`action.yml has no input "${name}"`);
    inputs[name] = value;
  }
  const evaluate = (expression: string): string => {
    const input = /^inputs\.([\w-]+)$/.exec(expression);
    if (input) return inputs[input[1]!] ?? '';
    if (expression === 'github.action_path') return ROOT;
    if (expression === 'github.workspace') return workspace;
    throw new Error(`runAction does not understand \${{ ${expression} }}`);
  };
  const substitute = (text: string) => text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) => evaluate(expression));
  const condition = (text: string): boolean => {
    const match = /^(?:\$\{\{\s*)?inputs\.([\w-]+)\s*!=\s*''(?:\s*\}\})?$/.exec(text.trim());
    if (!match) throw new Error(`runAction does not understand if: ${text}`);
    return (inputs[match[1]!] ?? '') !== '';
  };

  const steps: Array<{ name: string; run: Run }> = [];
  for (const step of action.runs.steps) {
    if (step.if !== undefined && !condition(step.if)) continue;
    if (step.uses) throw new Error(`runAction cannot run "uses: ${step.uses}"`);
    expect(step.shell, `shell of step "${step.name}"`).toBe('bash');
    const stepEnv: NodeJS.ProcessEnv = { ...cleanEnv(), GITHUB_ACTION_PATH: ROOT, GITHUB_WORKSPACE: workspace };
    for (const [key, value] of Object.entries(step.env ?? {})) stepEnv[key] = substitute(String(value));
    const cwd = step['working-directory'] ? resolve(workspace, substitute(step['working-directory'])) : workspace;
    const result = run('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], { cwd, env: stepEnv, timeout: 60_000 });
    steps.push({ name: step.name ?? '', run: result });
    if (result.status !== 0) return { ...result, steps };
  }
  const last = steps.at(-1)!.run;
  return { ...last, steps };
}

describe('action.yml', () => {
  it('is a composite action with the documented inputs and defaults', () => {
    expect(action.name).toBe('apology-lint');
    expect(action.runs.using).toBe('composite');
    const defaults = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default]));
    expect(defaults).toEqual({
      files: '.',
      format: 'github',
      config: '',
      'max-warnings': '-1',
      'output-file': '',
      'working-directory': '.',
      'node-version': '',
    });
    for (const [name, input] of Object.entries(action.inputs)) expect(input.description, name).toBeTruthy();
    // actions/setup-node only when a node-version is asked for.
    const setupNode = action.runs.steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(setupNode?.if).toMatch(/inputs\.node-version != ''/);
  });

  it('never interpolates ${{ }} into a script: inputs reach bash through env', () => {
    const scripts = action.runs.steps.filter((step) => step.run !== undefined);
    expect(scripts.length).toBeGreaterThan(0);
    for (const step of scripts) {
      expect(step.run, step.name).not.toContain('${{');
      expect(step.shell, step.name).toBe('bash');
    }
    const lint = scripts.find((step) => step.run!.includes('bin/apology-lint.js'))!;
    expect(Object.values(lint.env ?? {}).join('\n')).toContain('${{ inputs.files }}');
  });

  describe('running its steps with bash', () => {
    beforeAll(() => {
      // The install step is a no-op in an installed checkout; never let it run npm ci here.
      if (!existsSync(join(ROOT, 'dist/cli.js')) || !existsSync(join(ROOT, 'node_modules'))) {
        throw new Error('action.yml steps are tested in an installed checkout: run npm install (dist/ and node_modules/) first');
      }
    });

    it('lints the workspace and fails on a bad reply', () => {
      const workspace = tempDir('apology-lint-action-');
      write(workspace, { 'replies/late-parcel.txt': BAD_REPLY, 'replies/good.txt': GOOD_REPLY });
      // The action's default format: GitHub annotations, paths relative to GITHUB_WORKSPACE.
      const result = runAction(workspace, {});
      expect(result.steps.map((step) => step.name)).toEqual(['Install apology-lint', 'Run apology-lint']);
      expect(result.steps[0]!.run.stdout).toContain('already installed');
      expect(result.status, result.output).toBe(1);
      expect(result.stdout).toMatch(/^::error file=replies\/late-parcel\.txt,line=3,col=\d+,endLine=3,endColumn=\d+,title=apology-lint \(blame-shifting\)::/m);
      expect(result.stdout).not.toContain('good.txt');
    });

    it('annotates paths from the repository root when working-directory is a subfolder', () => {
      const workspace = tempDir('apology-lint-action-');
      write(workspace, { 'support/replies/late-parcel.txt': BAD_REPLY });
      const result = runAction(workspace, { 'working-directory': 'support', files: 'replies' });
      expect(result.status, result.output).toBe(1);
      expect(result.stdout).toMatch(/^::error file=support\/replies\/late-parcel\.txt,line=3,/m);
    });

    it('passes working-directory and files as data, never as shell code', () => {
      const workspace = tempDir('apology-lint-action-');
      write(workspace, { 'team/rules/promise.txt': WARN_ONLY_REPLY });
      const result = runAction(workspace, {
        'working-directory': 'team',
        format: 'json',
        // A folder named like a subcommand, then shell syntax that must stay text.
        files: 'rules\n$(touch pwned) `touch pwned2` ;touch${IFS}pwned3',
      });
      expect(readdirSync(workspace)).toEqual(['team']);
      expect(readdirSync(join(workspace, 'team'))).toEqual(['rules']);
      // The shell-looking words are paths that do not exist: exit 2, one line each.
      expect(result.status, result.output).toBe(2);
      for (const word of ['$(touch', 'pwned)', '`touch', 'pwned2`', ';touch${IFS}pwned3']) expect(result.stderr).toContain(word);
      const report = JSON.parse(result.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
      const promise = report.find((r) => r.filePath === join(workspace, 'team/rules/promise.txt'));
      expect(promise?.messages.map((m) => m.ruleId)).toEqual(['overpromise']);
    });

    it('uses the config and max-warnings inputs, and leaves globs to apology-lint', () => {
      const workspace = tempDir('apology-lint-action-');
      write(workspace, {
        'team/replies/late-parcel.txt': BAD_REPLY,
        'team/replies/promise.txt': WARN_ONLY_REPLY,
        'team/replies/deep/good.txt': GOOD_REPLY,
        'team/lint config.json': JSON.stringify({ rules: { 'blame-shifting': 'off' } }),
      });
      const inputs = { 'working-directory': 'team', config: 'lint config.json', format: 'json', files: 'replies/promise.txt' };
      expect(runAction(workspace, inputs).status).toBe(0);
      const strict = runAction(workspace, { ...inputs, 'max-warnings': '0' });
      expect(strict.status).toBe(1);
      expect(strict.stderr).toContain('more than --max-warnings 0 allows');
      // bash without globstar would expand this to replies/deep/good.txt alone.
      const all = runAction(workspace, { ...inputs, files: 'replies/**/*.txt' });
      const report = JSON.parse(all.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
      expect(report.map((r) => r.filePath.slice(join(workspace, 'team').length + 1)).sort()).toEqual([
        'replies/deep/good.txt',
        'replies/late-parcel.txt',
        'replies/promise.txt',
      ]);
      const ruleIds = report.flatMap((r) => r.messages.map((m) => m.ruleId));
      expect(ruleIds).toContain('non-apology');
      expect(ruleIds).not.toContain('blame-shifting');
      expect(all.status).toBe(1);
    });

    it('writes the report to output-file', () => {
      const workspace = tempDir('apology-lint-action-');
      write(workspace, { 'macros/late-parcel.txt': BAD_REPLY });
      const result = runAction(workspace, { files: 'macros', format: 'json', 'output-file': 'reports/apology-lint.json' });
      expect(result.status, result.output).toBe(1);
      expect(result.stdout).toBe('');
      const report = JSON.parse(readFileSync(join(workspace, 'reports/apology-lint.json'), 'utf8')) as Array<{ filePath: string }>;
      expect(report.map((r) => r.filePath)).toEqual([join(workspace, 'macros/late-parcel.txt')]);
    });
  });
});
