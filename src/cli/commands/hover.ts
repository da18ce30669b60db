import { hoverAt } from '../../core/analysis/analyze';
import { notesFor, renderHover } from '../../core/analysis/renderHover';
import { parseArgs } from '../args';
import { analysisAtArgs } from '../iacInput';
import { EXIT_OK, type CliIo } from '../io';
import { loadNotes } from '../notesFiles';

/**
 * `aws-notes hover FILE LINE:COL [--notes FILE]...`: the hover markdown at a position, the same
 * as in the editor (notes linked as `file:line`); nothing, exit 0, where there is no hover.
 */
export async function hoverCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['notes']);
  const target = analysisAtArgs('hover', args.positionals, io);
  if (typeof target === 'number') return target;
  const info = target.analysis && hoverAt(target.analysis, target.position);
  if (!info) return EXIT_OK;
  const index = info.notes ? loadNotes(args.options.get('notes') ?? [], args, io) : undefined;
  io.out(renderHover(info, notesFor(index, info.notes), (fact) => `${fact.file}:${fact.line + 1}`));
  return EXIT_OK;
}
