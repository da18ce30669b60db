import { EXIT_USAGE, type CliIo } from '../io';

/** Not supported yet: its issue has not landed. The argument shape is fixed (see main.ts). */
export async function hoverCommand(_argv: string[], io: CliIo): Promise<number> {
  io.err('aws-notes hover: not supported yet');
  return EXIT_USAGE;
}
