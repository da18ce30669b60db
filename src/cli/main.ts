import { UsageError } from './args';
import { defaultChecker } from '../core/claims/defaultChecker';
import { configureNotesCheck } from '../core/claims/factFindings';
import { useCatalogFilesBesideCli } from './catalogFiles';
import { EXIT_USAGE, type CliIo } from './io';
import { checkCommand } from './commands/check';
import { completeCommand } from './commands/complete';
import { exportCommand } from './commands/exportCommand';
import { hoverCommand } from './commands/hover';
import { indexCommand } from './commands/index';
import { lintCommand } from './commands/lint';
import { lookupCommand } from './commands/lookup';
import { quizCommand } from './commands/quiz';
import { relatedCommand } from './commands/related';

/** A CLI command: takes its own arguments, writes through `io`, resolves to the exit code. */
export type CliCommand = (argv: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, CliCommand> = {
  index: indexCommand,
  lookup: lookupCommand,
  hover: hoverCommand,
  complete: completeCommand,
  lint: lintCommand,
  quiz: quizCommand,
  check: checkCommand,
  export: exportCommand,
  related: relatedCommand,
};

const USAGE = `usage: aws-notes <command> [options]   (lines and columns are 1-based)
  index [NOTES...] [--json]                         services, fact counts, unmapped lines
  lookup QUERY [--notes FILE]... [--json] [--limit N]
  hover FILE LINE:COL [--notes FILE]...
  related FILE LINE:COL [--notes FILE]... [--json] [--limit N]   the facts ranked for a position, with scores
  complete FILE LINE:COL [--json]
  lint FILE... [--ignore RULE[,RULE]]...
  quiz [--notes FILE]... [--count N] [--service S]... [--certification ID] [--json]
  quiz --stats [--notes FILE]... [--progress FILE] [--certification ID] [--json]   statistics (a fresh start without --progress)
  export anki [--notes FILE]... [--certification ID] --out FILE   the cards as a text file for Anki's File > Import
  check [NOTES...] [--json] [--strict]              where the notes disagree with the AWS docs
With no notes given, the bundled notes pack is used; --bundled adds it to the notes given.`;

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  await useCatalogFilesBesideCli();
  // The CLI bundles the claims catalog: every command that shows notes (quiz) sees the notes check.
  configureNotesCheck({ enable: true, checker: defaultChecker() });
  const [name, ...rest] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    io.err(name === undefined || name === '--help' || name === 'help' ? USAGE : `aws-notes: unknown command "${name}"\n${USAGE}`);
    return EXIT_USAGE;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`aws-notes ${name}: ${error.message}\n${USAGE}`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

if (require.main === module) {
  // `aws-notes … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const io: CliIo = { out: (text) => process.stdout.write(text + '\n'), err: (text) => process.stderr.write(text + '\n') };
  runCli(process.argv.slice(2), io).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      io.err(`aws-notes: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exitCode = 70;
    },
  );
}
