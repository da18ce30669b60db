import { hoverAt } from '../../core/analysis/analyze';
import { rankedForQuery } from '../../core/search/relatedNotes';
import { compileNotesQuery } from '../../core/search/relevanceQuery';
import { intOption, parseArgs } from '../args';
import { analysisAtArgs } from '../iacInput';
import { EXIT_OK, type CliIo } from '../io';
import { loadNotes } from '../notesFiles';

/**
 * `aws-notes related FILE LINE:COL [--notes FILE]... [--json] [--limit N]`: what the cursor is
 * about (the hover's query) and every fact ranked for it, the user's first, with scores: the
 * hover shows the first three of each origin.
 */
export async function relatedCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['notes', 'limit']);
  const target = analysisAtArgs('related', args.positionals, io);
  if (typeof target === 'number') return target;
  const query = target.analysis && hoverAt(target.analysis, target.position)?.notes;
  if (!query) {
    io.err('aws-notes related: nothing the notes can be about at this position');
    return EXIT_OK;
  }
  const limit = intOption(args, 'limit', 20);
  const index = loadNotes(args.options.get('notes') ?? [], args, io);
  const compiled = compileNotesQuery(query);
  const ranked = rankedForQuery(index, compiled).slice(0, limit);
  if (args.flags.has('json')) {
    const facts = ranked.map(({ fact, score }) => ({ score: Number(score.toFixed(4)), text: fact.text, breadcrumb: fact.breadcrumb, file: fact.file, line: fact.line + 1, id: fact.id, origin: fact.origin }));
    io.out(JSON.stringify({ query, words: compiled.text, facts }, null, 2));
    return EXIT_OK;
  }
  io.out(`query: ${compiled.text}`);
  if (ranked.length === 0) io.out('no related facts');
  for (const { fact, score } of ranked) io.out(`${score.toFixed(3)}  ${fact.text}\n       ${fact.breadcrumb}  (${fact.file}:${fact.line + 1})`);
  return EXIT_OK;
}
