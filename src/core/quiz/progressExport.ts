import { readProgress, type Progress } from './progress';
import { mergeReviewLogs, readReviewEntry, type ReviewEntry } from './reviewLog';
import type { QuizStatistics } from './statistics';

/**
 * "AWS Notes: Export Quiz Progress": the schedule, every logged review and the statistics as
 * one JSON document, readable by people and by `aws-notes quiz --stats --progress FILE`.
 */
export const EXPORT_FORMAT = 'aws-notes.quiz-progress';

export interface ProgressExport {
  readonly format: typeof EXPORT_FORMAT;
  readonly exportedAt: string;
  readonly schedule: Progress;
  readonly reviews: readonly ReviewEntry[];
  readonly statistics: QuizStatistics;
}

export function progressExportText(schedule: Progress, reviews: readonly ReviewEntry[], statistics: QuizStatistics, now: Date): string {
  const document: ProgressExport = { format: EXPORT_FORMAT, exportedAt: now.toISOString(), schedule, reviews, statistics };
  return JSON.stringify(document, null, 2) + '\n';
}

export type ReadExport = { readonly progress: Progress; readonly log: readonly ReviewEntry[]; readonly skipped: number } | { readonly problem: string };

/** Reads an exported file back (the statistics are recomputed, not trusted). Never throws. */
export function readProgressExport(text: string): ReadExport {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { problem: 'not valid JSON' };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== EXPORT_FORMAT) return { problem: `not an AWS Notes quiz progress export (no "format": "${EXPORT_FORMAT}")` };
  const { schedule, reviews } = raw as { schedule?: unknown; reviews?: unknown };
  const read = readProgress(schedule);
  if (read.problem && Object.keys(read.progress.cards).length === 0) return { problem: read.problem };
  const entries = Array.isArray(reviews) ? reviews.map(readReviewEntry) : [];
  const log = entries.filter((entry): entry is ReviewEntry => entry !== undefined);
  return { progress: read.progress, log: mergeReviewLogs(log, []), skipped: entries.length - log.length };
}
