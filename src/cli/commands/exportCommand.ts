import * as fs from 'node:fs';
import { ankiExportText, examDomainTags } from '../../core/quiz/anki/ankiExport';
import { certificationById } from '../../core/quiz/exam/examDomains';
import { generateQuestions } from '../../core/quiz/generateQuestions';
import { UsageError, parseArgs } from '../args';
import { EXIT_OK, type CliIo } from '../io';
import { loadNotes } from '../notesFiles';

/**
 * `aws-notes export anki [--notes FILE]... [--certification ID] --out FILE`: the quiz's cards as a
 * text file for Anki's File › Import, tagged by service and exam domain (`--out -`: stdout).
 */
export async function exportCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['notes', 'out', 'certification']);
  const [format, ...extra] = args.positionals;
  if (format !== 'anki' || extra.length > 0) throw new UsageError(`export takes one format, "anki"${format === undefined ? '' : `, not "${args.positionals.join(' ')}"`}`);
  const out = args.options.get('out')?.at(-1);
  if (out === undefined) throw new UsageError('export anki needs --out FILE (or --out - for stdout)');
  const questions = generateQuestions(loadNotes(args.options.get('notes') ?? [], args, io));
  const text = ankiExportText(questions, { domainOf: examDomainTags(certificationById(args.options.get('certification')?.at(-1))) });
  if (out === '-') io.out(text.trimEnd());
  else {
    fs.writeFileSync(out, text, 'utf8');
    io.err(`aws-notes export anki: wrote ${questions.length} note(s) to ${out}`);
  }
  return EXIT_OK;
}
