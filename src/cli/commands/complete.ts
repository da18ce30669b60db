import { analysisOf, completionsAt } from '../../core/analysis/analyze';
import { parseArgs, UsageError } from '../args';
import { parseLineCol, readIacFile } from '../iacInput';
import { EXIT_FOUND_ERRORS, EXIT_OK, type CliIo } from '../io';

/** `aws-notes complete FILE LINE:COL [--json]`: the completion items at a position, in list order. */
export async function completeCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, []);
  const [file, at] = args.positionals;
  if (!file) throw new UsageError('complete needs FILE and LINE:COL');
  const position = parseLineCol(at);
  const text = readIacFile(file, io);
  if (text === undefined) return EXIT_FOUND_ERRORS;
  const analysis = analysisOf(file, text);
  const items = (analysis ? completionsAt(analysis, position) : []).sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
  if (args.flags.has('json')) {
    io.out(JSON.stringify(items.map(({ label, detail }) => ({ label, detail })), null, 2));
    return EXIT_OK;
  }
  for (const item of items) io.out(item.detail ? `${item.label}\t${item.detail}` : item.label);
  return EXIT_OK;
}
