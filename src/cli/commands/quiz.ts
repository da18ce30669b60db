import { skippedSummary, type SkippedQuestion } from '../../core/claims/quizCheck';
import { certificationById, domainOf } from '../../core/quiz/exam/examDomains';
import { generateQuestions, sampleAcrossKinds } from '../../core/quiz/generateQuestions';
import { filterQuestions } from '../../core/quiz/nextQuestion';
import { resolveService } from '../../core/notes/serviceAliases';
import { intOption, parseArgs } from '../args';
import { EXIT_OK, type CliIo } from '../io';
import { loadNotes } from '../notesFiles';
import { quizStatsCommand } from './quizStats';

/**
 * `aws-notes quiz [--notes FILE]... [--count N] [--service S]... [--certification ID] [--json]`:
 * questions generated from the notes, every kind represented (round-robin), in note order, each
 * with its exam domain (DVA-C02 by default). Lines are 1-based.
 */
export async function quizCommand(argv: string[], io: CliIo): Promise<number> {
  if (argv.includes('--stats')) return quizStatsCommand(argv.filter((arg) => arg !== '--stats'), io);
  const args = parseArgs(argv, ['notes', 'count', 'service', 'certification']);
  const certification = certificationById(args.options.get('certification')?.at(-1));
  const count = intOption(args, 'count', 20);
  const index = loadNotes(args.options.get('notes') ?? [], args, io);
  const services = (args.options.get('service') ?? []).map((name) => resolveService(name).service);
  const skipped: SkippedQuestion[] = [];
  const questions = sampleAcrossKinds(filterQuestions(generateQuestions(index, skipped), { services }), count);
  const skips = skippedSummary(skipped);
  if (args.flags.has('json')) {
    io.out(
      JSON.stringify(
        questions.map((q) => ({
          id: q.id,
          kind: q.kind,
          prompt: q.prompt,
          answer: q.answer,
          choices: q.choices,
          domain: domainOf(q, certification) ?? null,
          file: q.file,
          line: q.line + 1,
        })),
        null,
        2,
      ),
    );
    if (skips) io.err(skips);
    return EXIT_OK;
  }
  if (questions.length === 0) io.err('no questions: the notes have no facts specific enough to ask about');
  questions.forEach((q, i) => {
    io.out(`${i + 1}. [${q.kind}] ${q.prompt}`);
    q.choices.forEach((choice, c) => io.out(`   ${String.fromCharCode(97 + c)}) ${choice}`));
    io.out(`   answer: ${q.answer}    (${q.file}:${q.line + 1})    ${certification.id}: ${domainOf(q, certification) ?? 'no domain'}`);
  });
  if (skips) io.out(skips);
  return EXIT_OK;
}
