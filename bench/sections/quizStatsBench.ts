import { NotesIndex } from '../../src/core/notes/notesIndex';
import { generateQuestions } from '../../src/core/quiz/generateQuestions';
import { emptyProgress, type CardProgress, type Progress } from '../../src/core/quiz/progress';
import { ProgressStore, type ProgressStorage, type ReviewLogStorage } from '../../src/core/quiz/progressStore';
import { REVIEW_LOG_LIMIT, serializeReviewLog, type ReviewEntry } from '../../src/core/quiz/reviewLog';
import { quizStatistics } from '../../src/core/quiz/statistics';
import { statisticsHtml, untranslated } from '../../src/vscode/quiz/statistics/statisticsHtml';
import type { BenchContext } from '../lib/context';
import { Random } from '../lib/random';
import { mediansOf, now as clock, summarize } from '../lib/timing';

const DAY_MS = 86_400_000;
const REVIEWS = 5_000;

/** The Statistics view for a log of 5,000 reviews over the last year of the bundled pack's cards (model + HTML), and an answer written with a full log. */
export async function quizStatsBench({ report, pack, scale }: BenchContext): Promise<void> {
  report.startSection('quiz statistics');
  const index = new NotesIndex();
  index.setFile(pack.parsed);
  const questions = generateQuestions(index);
  const random = new Random(31);
  const now = new Date(2026, 11, 1, 12, 0);
  const log: ReviewEntry[] = Array.from({ length: REVIEWS }, () => ({
    card: random.pick(questions).id,
    time: now.getTime() - random.int(0, 364) * DAY_MS - random.int(0, DAY_MS - 1),
    grade: random.int(1, 4) as 1 | 2 | 3 | 4,
    interval: random.int(0, 60),
  })).sort((a, b) => a.time - b.time);
  const cards: Record<string, CardProgress> = {};
  for (const entry of log) {
    cards[entry.card] = { due: new Date(entry.time + entry.interval! * DAY_MS).toISOString(), stability: 3, difficulty: 5, scheduledDays: entry.interval!, learningSteps: 0, reps: 1, lapses: 0, state: 2, lastReview: new Date(entry.time).toISOString() };
  }
  const progress: Progress = { ...emptyProgress(), cards };
  const resources = { cspSource: 'vscode-webview:', nonce: '0'.repeat(32), styleUris: ['shared.css', 'quizStatistics.css'] };
  const time = mediansOf(scale.smallRuns, () => statisticsHtml(quizStatistics(questions, progress, log, now), resources, untranslated));
  report.add(`statistics model + HTML, ${REVIEWS.toLocaleString('en-US')} reviews, ${questions.length} cards`, time.wall, 'ms', { budget: 100 });

  await answerBench(report, questions.map((question) => question.id), random, scale.smallRuns);
}

/** One answer (read, merge, write schedule and log) when the log holds REVIEW_LOG_LIMIT reviews: what each grade costs after years of study. */
async function answerBench(report: BenchContext['report'], cards: readonly string[], random: Random, runs: number): Promise<void> {
  const start = Date.UTC(2024, 0, 1);
  const full: ReviewEntry[] = Array.from({ length: REVIEW_LOG_LIMIT }, (_, i) => ({ card: random.pick(cards), time: start + i * 60_000, grade: random.int(1, 4) as 1 | 2 | 3 | 4, interval: random.int(0, 60) }));
  const values = new Map<string, unknown>();
  const storage: ProgressStorage = { get: (key) => values.get(key), update: async (key, value) => void values.set(key, value) };
  let text: string | undefined = serializeReviewLog(full);
  const logFile: ReviewLogStorage = { read: async () => text, write: async (written) => void (text = written), keepAside: async () => 'aside' };
  let minute = 0;
  const store = new ProgressStore(storage, logFile, () => undefined, () => new Date(start + (REVIEW_LOG_LIMIT + minute++) * 60_000));
  await store.load();
  const samples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const began = clock();
    await store.answer(random.pick(cards), 3);
    if (i > 0) samples.push(clock() - began);
  }
  report.add(`one answer written, log of ${REVIEW_LOG_LIMIT.toLocaleString('en-US')} reviews`, summarize(samples).median, 'ms');
}
