import * as fs from 'node:fs';
import * as path from 'node:path';
import { analysisOf, lintAnalysis, whyNotAnalysed } from '../../core/analysis/analyze';
import type { LintContext } from '../../core/analysis/types';
import { parseArgs, UsageError } from '../args';
import { readIacFile } from '../iacInput';
import { EXIT_FOUND_ERRORS, EXIT_OK, type CliIo } from '../io';

/**
 * `aws-notes lint FILE... [--ignore RULE[,RULE]]...`: `FILE:LINE:COL: error|warning|info: message [code]`
 * per finding (1-based); exit 1 when any file has an error or cannot be read, 0 otherwise.
 * `--ignore` is the CLI's `awsNotes.lint.ignore`; the files' own comments and Metadata apply too.
 */
export async function lintCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['ignore']);
  if (args.positionals.length === 0) throw new UsageError('lint needs at least one FILE');
  const ignore = (args.options.get('ignore') ?? []).flatMap((value) => value.split(',')).map((id) => id.trim()).filter(Boolean);
  let failed = false;
  for (const file of args.positionals) {
    const text = readIacFile(file, io);
    if (text === undefined) {
      failed = true;
      continue;
    }
    const analysis = analysisOf(file, text);
    if (!analysis) {
      const skipped = whyNotAnalysed(text);
      io.err(`aws-notes: ${file}: ${skipped ? `not analysed: ${skipped}` : 'not an appspec, .ebextensions, CloudFormation or IAM policy file; nothing to check'}`);
      continue;
    }
    for (const found of await lintAnalysis(analysis, { ...filesBeside(file), ignore })) {
      io.out(`${file}:${found.range.start.line + 1}:${found.range.start.character + 1}: ${found.severity}: ${found.message} [${found.code}]`);
      if (found.severity === 'error') failed = true;
    }
  }
  return failed ? EXIT_FOUND_ERRORS : EXIT_OK;
}

/** `location` scripts and the like, looked up relative to the linted file's folder. */
function filesBeside(file: string): LintContext {
  const folder = path.dirname(file);
  return { fileExists: async (relative) => fs.existsSync(path.join(folder, relative)) };
}
