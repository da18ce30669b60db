import { NotesIndex } from '../../src/core/notes/notesIndex';
import { generateQuestions } from '../../src/core/quiz/generateQuestions';
import { emptyProgress, type CardProgress, type Progress } from '../../src/core/quiz/progress';
import type { ReviewEntry } from '../../src/core/quiz/reviewLog';
import { quizStatistics } from '../../src/core/quiz/statistics';
import { statisticsHtml, untranslated } from '../../src/vscode/quiz/statistics/statisticsHtml';
import type { BenchContext } from '../lib/context';
import { Random } from '../lib/random';
import { mediansOf } from '../lib/timing';

const DAY_MS = 86_400_000;
const REVIEWS = 5_000;

/** The Statistics view for a log of 5,000 reviews over the last year of the bundled pack's cards: model + HTML. */
export function quizStatsBench({ report, pack, scale }: BenchContext): void {
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
}
