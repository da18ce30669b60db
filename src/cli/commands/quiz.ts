import { EXIT_USAGE, type CliIo } from '../io';

/** Not supported yet: its issue has not landed. The argument shape is fixed (see main.ts). */
export async function quizCommand(_argv: string[], io: CliIo): Promise<number> {
  io.err('aws-notes quiz: not supported yet');
  return EXIT_USAGE;
}
