import * as fs from 'node:fs';
import { certificationById } from '../../core/quiz/exam/examDomains';
import { generateQuestions } from '../../core/quiz/generateQuestions';
import { emptyProgress, type Progress } from '../../core/quiz/progress';
import { readProgressExport } from '../../core/quiz/progressExport';
import type { ReviewEntry } from '../../core/quiz/reviewLog';
import { CARD_STATES, quizStatistics, type QuizStatistics, type Retention } from '../../core/quiz/statistics';
import { parseArgs } from '../args';
import { EXIT_OK, EXIT_USAGE, type CliIo } from '../io';
import { loadNotes } from '../notesFiles';

/** An export larger than this is not read (a year of daily study exports to a few MB). */
const MAX_EXPORT_BYTES = 64 * 1024 * 1024;

/**
 * `aws-notes quiz --stats [--notes FILE]... [--progress FILE] [--certification ID] [--json]`: the
 * Statistics view's numbers, from a file written by "AWS Notes: Export Quiz Progress"; without
 * one, a fresh start (card counts, and the cards per exam domain with what the notes lack).
 */
export async function quizStatsCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['notes', 'progress', 'count', 'service', 'certification']);
  const file = args.options.get('progress')?.at(-1);
  let progress: Progress = emptyProgress();
  let log: readonly ReviewEntry[] = [];
  if (file !== undefined) {
    const read = readExport(file);
    if ('problem' in read) {
      io.err(`aws-notes quiz --stats: ${file}: ${read.problem}`);
      return EXIT_USAGE;
    }
    if (read.skipped > 0) io.err(`aws-notes quiz --stats: ${file}: ${read.skipped} unreadable review(s) skipped`);
    ({ progress, log } = read);
  }
  const index = loadNotes(args.options.get('notes') ?? [], args, io);
  const statistics = quizStatistics(generateQuestions(index), progress, log, new Date(), certificationById(args.options.get('certification')?.at(-1)));
  if (args.flags.has('json')) io.out(JSON.stringify(statistics, null, 2));
  else for (const line of statisticsText(statistics)) io.out(line);
  return EXIT_OK;
}

function readExport(file: string): ReturnType<typeof readProgressExport> {
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_EXPORT_BYTES) return { problem: `${Math.round(size / 1048576)} MB is more than the ${MAX_EXPORT_BYTES / 1048576} MB read` };
    return readProgressExport(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    return { problem: `cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
}

function percent(retention: Retention): string {
  return retention.rate === null ? 'no reviews' : `${Math.round(retention.rate * 100)} % of ${retention.reviews} review(s)`;
}

export function statisticsText(statistics: QuizStatistics): string[] {
  const yearReviews = statistics.reviewsPerDay.reduce((sum, day) => sum + day.count, 0);
  const studied = statistics.reviewsPerDay.filter((day) => day.count > 0).length;
  const due = statistics.forecast.filter((day) => day.count > 0);
  return [
    `cards: ${statistics.cards.total} (${statistics.cards.seen} seen, ${statistics.cards.new} new)`,
    `by state: ${CARD_STATES.map((state) => `${state} ${statistics.states[state]}`).join(', ')}`,
    `reviews in the last year: ${yearReviews} on ${studied} day(s)`,
    `streak: ${statistics.streak.current} day(s), longest ${statistics.streak.longest}`,
    `retention (not Again): ${percent(statistics.retention.overall)}`,
    ...statistics.retention.services.map((row) => `  ${row.service}: ${percent(row)}`),
    `due in the next ${statistics.forecast.length} days: ${due.reduce((sum, day) => sum + day.count, 0)}`,
    ...due.map((day) => `  ${day.day}: ${day.count}`),
    ...(statistics.domains.length === 0 ? [] : [`exam domains (${statistics.certification}):`, ...statistics.domains.flatMap((row) => [
      `  ${row.domain} (${Math.round(row.weight * 100)} %): ${row.cards} card(s), ${row.seen} seen, retention ${percent(row.retention)}`,
      ...row.thinTasks.map((task) => `    few cards: ${task.id} ${task.text} (${task.cards})`),
    ])]),
  ];
}
