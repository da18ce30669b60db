import { lookUpFacts } from '../../core/search/lookUpFacts';
import { intOption, parseArgs, UsageError } from '../args';
import { EXIT_OK, type CliIo } from '../io';
import { loadNotes } from '../notesFiles';

/** `aws-notes lookup QUERY [--notes FILE]... [--json] [--limit N]`: best facts first (the higher the score, the better). */
export async function lookupCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['notes', 'limit']);
  const query = args.positionals.join(' ').trim();
  if (!query) throw new UsageError('lookup needs a QUERY');
  const limit = intOption(args, 'limit', 10);
  const index = loadNotes(args.options.get('notes') ?? [], args, io);
  const matches = lookUpFacts(index, query, limit);
  if (args.flags.has('json')) {
    io.out(
      JSON.stringify(
        matches.map(({ fact, score }) => ({ text: fact.text, breadcrumb: fact.breadcrumb, file: fact.file, line: fact.line + 1, id: fact.id, service: fact.service, origin: fact.origin, score: Number(score.toFixed(4)) })),
        null,
        2,
      ),
    );
    return EXIT_OK;
  }
  if (matches.length === 0) io.err(`no fact matches "${query}"`);
  for (const { fact } of matches) io.out(`${fact.text}\n    ${fact.breadcrumb}  (${fact.file}:${fact.line + 1})`);
  return EXIT_OK;
}
