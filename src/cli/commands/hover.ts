import { analysisOf, hoverAt } from '../../core/analysis/analyze';
import { notesFor, renderHover } from '../../core/analysis/renderHover';
import { parseArgs, UsageError } from '../args';
import { parseLineCol, readIacFile } from '../iacInput';
import { EXIT_FOUND_ERRORS, EXIT_OK, type CliIo } from '../io';
import { loadNotes } from '../notesFiles';

/**
 * `aws-notes hover FILE LINE:COL [--notes FILE]...`: the hover markdown at a position, the same
 * as in the editor (notes linked as `file:line`); nothing, exit 0, where there is no hover.
 */
export async function hoverCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['notes']);
  const [file, at] = args.positionals;
  if (!file) throw new UsageError('hover needs FILE and LINE:COL');
  const position = parseLineCol(at);
  const text = readIacFile(file, io);
  if (text === undefined) return EXIT_FOUND_ERRORS;
  const analysis = analysisOf(file, text);
  const info = analysis && hoverAt(analysis, position);
  if (!info) return EXIT_OK;
  const index = info.notes ? loadNotes(args.options.get('notes') ?? [], args, io) : undefined;
  io.out(renderHover(info, notesFor(index, info.notes), (fact) => `${fact.file}:${fact.line + 1}`));
  return EXIT_OK;
}
