import { completionsAt } from '../../core/analysis/analyze';
import { parseArgs } from '../args';
import { analysisAtArgs } from '../iacInput';
import { EXIT_OK, type CliIo } from '../io';

/** `aws-notes complete FILE LINE:COL [--json]`: the completion items at a position, in list order. */
export async function completeCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, []);
  const target = analysisAtArgs('complete', args.positionals, io);
  if (typeof target === 'number') return target;
  const { analysis, position } = target;
  const items = (analysis ? completionsAt(analysis, position) : []).sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
  if (args.flags.has('json')) {
    io.out(JSON.stringify(items.map(({ label, detail }) => ({ label, detail })), null, 2));
    return EXIT_OK;
  }
  for (const item of items) io.out(item.detail ? `${item.label}\t${item.detail}` : item.label);
  return EXIT_OK;
}
