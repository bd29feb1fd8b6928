/**
 * The command line: commander → API → formatter → exit code. Nothing else lives here.
 * Exit codes: 0 clean, 1 error findings or too many warnings, 2 usage/config/read errors.
 */
import { resolve } from 'node:path';
import { Chalk, type ChalkInstance } from 'chalk';
import { Command, CommanderError, Option } from 'commander';
import { Linter, type LintOptions } from './linter.js';
import { explainRule, listRules } from './cli-rules.js';
import { ConfigError } from './config/index.js';
import { fatalResult, skippedResult, type LintResult } from './engine/results.js';
import { FORMATTERS, formatterNames, ruleMeta } from './formatters/index.js';
import { json, jsonReport } from './formatters/json.js';
import { parsed, type SavedResult } from './engine/saved-result.js';
import { isTerminal } from './terminal.js';
import { BinaryFileError, DEFAULT_MAX_FILE_SIZE, describeFsError, decode, readStream, UnreadableFileError } from './sources/read.js';
import { collect, fixDiff, parseCount, parseFixTypes, parseRuleFlags, parseShard, parseSize, UsageError } from './cli-options.js';
import { displayPath } from './formatters/stylish.js';
import { ProgressBar, wantsProgress } from './progress.js';
import { holdSignals } from './fix/interrupt.js';
import { writeReport, writeReportFile } from './report-output.js';

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

interface CliOptions {
  format: string;
  outputFile?: string;
  quiet?: boolean;
  maxWarnings: number;
  rule: string[];
  config?: string | false;
  expectApology?: boolean;
  ignorePath?: string;
  ignorePattern: string[];
  ignore: boolean;
  color?: boolean;
  printConfig?: string;
  stdin?: boolean;
  stdinFilename?: string;
  debug?: boolean;
  progress: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  fixType?: string;
  cache?: boolean;
  cacheLocation?: string;
  shard?: { index: number; count: number };
  maxFileSize?: number;
}

const EXAMPLES = `
Examples:
  $ apology-lint draft.txt                      lint one reply
  $ apology-lint macros/ "templates/**/*.md"    lint folders and globs
  $ pbpaste | apology-lint --stdin-filename reply.txt
  $ apology-lint --format json -o report.json macros/
  $ apology-lint --rule blame-shifting:warn --max-warnings 0 replies/
  $ apology-lint rules                          list the rules
  $ apology-lint explain non-apology            why a rule fires, with examples

Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings),
2 a file, config or command-line problem: a file that could not be read or
parsed, or is bigger than --max-file-size, fails the run (the rest are still
linted). A binary file is skipped with a note and does not change the code.`;

export function buildProgram(): Command {
  const program = new Command('apology-lint')
    .description('Lint customer-service replies for apologies that blame, hedge or never fix anything.')
    .version(VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .argument('[paths...]', 'files, folders or globs to lint; "-" reads standard input')
    .addOption(new Option('-f, --format <name>', 'output format').choices(formatterNames()).default('stylish'))
    .option('-o, --output-file <path>', 'write the report to a file instead of the terminal')
    .option('--quiet', 'report errors only')
    .option('--max-warnings <n>', 'fail when there are more warnings than this', parseCount, -1)
    .option('--rule <id:severity>', 'set a rule, e.g. blame-shifting:warn, or as JSON with options (repeatable)', collect, [])
    .option('-c, --config <file>', 'use this config file')
    .option('--no-config', 'ignore config files; use the recommended preset')
    .option('--expect-apology', 'judge every reply as one that owes an apology')
    .option('--no-expect-apology', 'never report missing parts (how-to replies)')
    .option('--ignore-path <file>', 'ignore file to use instead of .apologylintignore')
    .option('--ignore-pattern <pattern>', 'skip files matching this (gitignore syntax, repeatable)', collect, [])
    .option('--no-ignore', 'lint ignored files too')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .option('--fix', 'apply the safe rewrites to the files (standard input: print the fixed text)')
    .option('--fix-dry-run', 'show the fixes as a diff; write nothing')
    .option('--fix-type <types>', 'kinds of fixes: presence,order (default), absence to add missing sentences too')
    .option('--cache', 'only re-lint files that changed since the last run with --cache')
    .option('--cache-location <path>', 'the cache file, or a folder for .apologylintcache')
    .option('--shard <i/n>', 'lint only part i of n (e.g. 2/4), to split a run across CI machines', parseShard)
    .option('--max-file-size <size>', 'do not lint files bigger than this (e.g. 512kb, 20mb; default 10mb); each one fails the run with exit 2', parseSize)
    .option('--stdin', 'read the reply from standard input')
    .option('--stdin-filename <name>', 'name to show (and match config against) for standard input')
    .option('--print-config <file>', 'print the settings that apply to a file, then exit')
    .option('--no-progress', 'no progress bar (it only shows on a terminal, for long runs, outside CI)')
    .option('--debug', 'show stack traces and timings for problems')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError(true)
    .action(async (paths: string[], options: CliOptions) => {
      process.exitCode = await runLint(paths, options);
    });

  program
    .command('rules')
    .description('list the rules with their kind, default severity and what they check')
    .action(async () => {
      process.stdout.write(await listRules(makeChalk(program.opts<CliOptions>().color, false)));
    });
  program
    .command('explain')
    .description('explain a rule: what it flags, why, and examples')
    .argument('<rule-id>', 'the rule to explain, e.g. blame-shifting')
    .action(async (ruleId: string) => {
      process.stdout.write(await explainRule(ruleId, makeChalk(program.opts<CliOptions>().color, false)));
    });
  return program;
}

async function runLint(paths: string[], options: CliOptions): Promise<number> {
  const cwd = process.cwd();
  const linterOptions: LintOptions = {
    cwd,
    configFile: typeof options.config === 'string' ? options.config : undefined,
    useConfigFile: options.config !== false,
    rules: parseRuleFlags(options.rule),
    expectApology: options.expectApology,
    ignore: options.ignore,
    ignorePath: options.ignorePath,
    ignorePatterns: options.ignorePattern,
    includeDraftText: options.format === 'html',
    fix: Boolean(options.fix || options.fixDryRun),
    fixTypes: parseFixTypes(options.fixType),
    cache: Boolean(options.cache),
    cacheLocation: options.cacheLocation,
    maxFileSize: options.maxFileSize,
  };
  const linter = await Linter.create(linterOptions);

  if (options.printConfig !== undefined) {
    const config = linter.configFor(options.printConfig);
    const printed = { configFile: linter.loaded.filepath, ...config };
    process.stdout.write(`${JSON.stringify(printed, null, 2)}\n`);
    return 0;
  }

  const readStdin = options.stdin || paths.includes('-') || (paths.length === 0 && !process.stdin.isTTY);
  const filePaths = paths.filter((path) => path !== '-');
  // Results served by --cache may still be saved JSON: parsed only when a format reads them.
  const results: Array<LintResult | SavedResult> = [];
  const dryRun = Boolean(options.fixDryRun);
  // Fixing standard input prints the fixed text (or its diff); the report then goes to stderr.
  // (Standard output is not touched until something is written to it: see terminal.ts.)
  let reportStream: NodeJS.WriteStream | undefined;
  if (readStdin) {
    const name = options.stdinFilename ? resolve(cwd, options.stdinFilename) : '<stdin>';
    let text: string | undefined;
    try {
      text = decode(await readStream(process.stdin, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE)).text;
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      results.push(error instanceof BinaryFileError ? skippedResult(name, { reason: 'binary', message: error.message }) : fatalResult(name, error.message));
    }
    const result = text === undefined ? undefined : await linter.lintText(text, name);
    if (result) results.push(result);
    if (linterOptions.fix && result && text !== undefined) {
      process.stdout.write(dryRun ? await fixDiff(displayPath(name, cwd), text, result.output) : (result.output ?? text));
      reportStream = process.stderr;
    }
  }
  if (filePaths.length > 0 || !readStdin) {
    const showProgress = wantsProgress({
      stderrIsTTY: isTerminal(2),
      stdoutIsTTY: isTerminal(1),
      toFile: options.outputFile !== undefined,
      forPeople: options.format === 'stylish',
      disabled: !options.progress,
    });
    const bar = showProgress ? await ProgressBar.create() : null;
    try {
      results.push(...(await linter.lintFilesAsSaved(filePaths.length ? filePaths : ['.'], { onProgress: bar ? (p) => bar.update(p) : undefined, shard: options.shard })));
    } finally {
      bar?.stop();
    }
  }

  for (const result of results) {
    for (const fatal of result.fatalErrorCount > 0 ? parsed(result).messages.filter((m) => m.fatal) : []) {
      process.stderr.write(`apology-lint: ${displayPath(result.filePath, cwd)}: ${fatal.message}\n`);
    }
    // A skipped binary file is a note, not a failure; the report shows it too.
    if (result.skipped?.reason === 'binary') process.stderr.write(`apology-lint: ${displayPath(result.filePath, cwd)}: ${result.skipped.message}\n`);
  }
  for (const warning of linter.warnings) process.stderr.write(`apology-lint: ${warning}\n`);
  let notWritten = 0;
  if (options.fix && !dryRun) {
    const held = holdSignals();
    // (Fixing never uses the cache, so every result here is parsed already.)
    for (const problem of await linter.outputFixes(results.map(parsed), { signal: held.signal })) {
      process.stderr.write(`apology-lint: ${displayPath(problem.filePath, cwd)}: ${problem.message}\n`);
      notWritten++;
    }
    if (held.received) process.stderr.write(`apology-lint: stopped (${held.received}) while writing fixes; each file is either fixed or as it was\n`);
    held.release();
  } else if (dryRun && options.format === 'stylish' && reportStream === undefined) {
    // Machine formats carry the fixed text as each result's `output` instead.
    for (const result of results) {
      const before = linter.originalText(result.filePath);
      if (before !== undefined) process.stdout.write(await fixDiff(displayPath(result.filePath, cwd), before, parsed(result).output));
    }
  }

  const toFile = options.outputFile !== undefined;
  const formatter = FORMATTERS[options.format]!;
  const report = formatter === json ? jsonReport(results, Boolean(options.quiet)) : formatter(results.map(parsed), {
    cwd,
    chalk: makeChalk(options.color, toFile),
    quiet: Boolean(options.quiet),
    rules: linter.rules.map(ruleMeta),
    version: VERSION,
    workspace: process.env.GITHUB_WORKSPACE ? resolve(process.env.GITHUB_WORKSPACE) : undefined,
  });
  if (toFile) {
    const target = resolve(cwd, options.outputFile!);
    try {
      writeReportFile(target, report);
    } catch (error) {
      throw new UsageError(`${options.outputFile}: could not write the report: ${describeFsError(error)}`);
    }
  } else {
    writeReport(reportStream ?? process.stdout, report);
  }

  if (options.debug) {
    const seconds = (performance.now() / 1000).toFixed(2);
    // How bin/apology-lint.js loaded the CLI: from V8's code cache, or not and why.
    const loaded = (globalThis as Record<symbol, unknown>)[Symbol.for('apology-lint.loaded')];
    process.stderr.write(`apology-lint: ${results.length} files in ${seconds} s since Node started${typeof loaded === 'string' ? ` (${loaded})` : ''}\n`);
  }
  if (results.some((result) => result.fatalErrorCount > 0) || notWritten > 0) return 2;
  const errors = results.reduce((sum, r) => sum + r.errorCount, 0);
  const warnings = options.quiet ? 0 : results.reduce((sum, r) => sum + r.warningCount, 0);
  if (errors > 0) return 1;
  if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    process.stderr.write(`apology-lint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings} allows\n`);
    return 1;
  }
  return 0;
}

/** Colour only on a terminal, unless --color / --no-color / NO_COLOR / FORCE_COLOR say otherwise. */
function makeChalk(flag: boolean | undefined, toFile: boolean): ChalkInstance {
  if (flag === false) return new Chalk({ level: 0 });
  if (flag === true) return new Chalk({ level: Math.max(1, new Chalk().level) as 1 | 2 | 3 });
  if (process.env.NO_COLOR) return new Chalk({ level: 0 });
  const forced = process.env.FORCE_COLOR;
  if (forced !== undefined && forced !== '0' && forced !== 'false') return new Chalk({ level: Math.max(1, new Chalk().level) as 1 | 2 | 3 });
  if (toFile || !isTerminal(1)) return new Chalk({ level: 0 });
  return new Chalk();
}

export async function main(argv: readonly string[] = process.argv): Promise<void> {
  const program = buildProgram().exitOverride();
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successes; everything else commander already printed.
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    const known = error instanceof UsageError || error instanceof ConfigError || error instanceof UnreadableFileError;
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`apology-lint: ${known ? message : `unexpected problem: ${message}`}\n`);
    if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    else if (!known) process.stderr.write('Run again with --debug to see the details.\n');
    process.exitCode = 2;
  }
}

