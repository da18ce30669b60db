import type { Certification } from './exam/certification';
import { domainCoverage, FEW_CARDS } from './exam/examDomains';
import { localDay, type Progress } from './progress';
import type { Question } from './question';
import type { ReviewEntry } from './reviewLog';
import { currentStreak, longestStreak } from './streaks';

/**
 * The Statistics view's numbers (and `aws-notes quiz --stats`), from the questions, the synced
 * schedule and this machine's review log. Pure; days are local calendar days (YYYY-MM-DD).
 */
export interface Retention {
  readonly reviews: number;
  /** Reviews not graded Again. */
  readonly recalled: number;
  /** recalled / reviews, or null with no reviews. */
  readonly rate: number | null;
}

export type CardState = 'new' | 'learning' | 'review' | 'relearning';
export const CARD_STATES: readonly CardState[] = ['new', 'learning', 'review', 'relearning'];

export interface DayCount {
  readonly day: string;
  readonly count: number;
}

/** Per exam domain of the certification (the guide's order), by each card's primary domain. */
export interface DomainStatistics {
  readonly domain: string;
  /** Share of the exam, 0–1. */
  readonly weight: number;
  readonly cards: number;
  readonly seen: number;
  readonly retention: Retention;
  /** What the notes lack: the domain's task statements with fewer than FEW_CARDS cards. */
  readonly thinTasks: readonly { readonly id: string; readonly text: string; readonly cards: number }[];
}

export interface QuizStatistics {
  readonly today: string;
  readonly cards: { readonly total: number; readonly seen: number; readonly new: number };
  readonly states: Readonly<Record<CardState, number>>;
  /** One entry per day of the last year, oldest first, today last. */
  readonly reviewsPerDay: readonly DayCount[];
  /** Cards due on each of the next days, today first (today includes the overdue ones). */
  readonly forecast: readonly DayCount[];
  readonly retention: { readonly overall: Retention; readonly services: readonly ({ readonly service: string } & Retention)[] };
  readonly streak: { readonly current: number; readonly longest: number };
  /** The certification the domains are of ("DVA-C02"), when one was given. */
  readonly certification?: string;
  readonly domains: readonly DomainStatistics[];
}

export const HEATMAP_DAYS = 365;
export const FORECAST_DAYS = 30;

const STATE_NAMES: Record<0 | 1 | 2 | 3, CardState> = { 0: 'new', 1: 'learning', 2: 'review', 3: 'relearning' };

function dayOffset(today: Date, by: number): Date {
  return new Date(today.getFullYear(), today.getMonth(), today.getDate() + by);
}

class RetentionCounter {
  reviews = 0;
  recalled = 0;
  add(entry: ReviewEntry): void {
    this.reviews++;
    if (entry.grade > 1) this.recalled++;
  }
  get value(): Retention {
    return { reviews: this.reviews, recalled: this.recalled, rate: this.reviews === 0 ? null : this.recalled / this.reviews };
  }
}

/**
 * Retention counts every logged review: overall including cards whose fact is gone, per
 * service and per domain only current cards. Domains only with a `certification`.
 */
export function quizStatistics(questions: readonly Question[], progress: Progress, log: readonly ReviewEntry[], now: Date, certification?: Certification): QuizStatistics {
  const today = dayOffset(now, 0);
  const todayKey = localDay(today);
  const byId = new Map(questions.map((question) => [question.id, question]));

  const states: Record<CardState, number> = { new: 0, learning: 0, review: 0, relearning: 0 };
  const forecastEnd = dayOffset(today, FORECAST_DAYS).getTime();
  const forecastCounts = new Array<number>(FORECAST_DAYS).fill(0);
  let seen = 0;
  for (const question of questions) {
    const card = progress.cards[question.id];
    if (!card) {
      states.new++;
      continue;
    }
    seen++;
    states[STATE_NAMES[card.state]]++;
    const due = Date.parse(card.due);
    if (due < forecastEnd) {
      // Whole local days from today: the calendar, not 24-hour steps (a DST day is 23 or 25 hours).
      const dueDay = new Date(due);
      const index = Math.max(0, Math.round((dayOffset(dueDay, 0).getTime() - today.getTime()) / 86_400_000));
      if (index < FORECAST_DAYS) forecastCounts[index]++;
    }
  }

  const heatmapStart = dayOffset(today, -(HEATMAP_DAYS - 1)).getTime();
  const perDay = new Map<string, number>();
  const overall = new RetentionCounter();
  const services = new Map<string, RetentionCounter>();
  const logDays = new Set<string>();
  const coverage = certification ? domainCoverage(questions, certification) : [];
  const domainOfCard = new Map(coverage.flatMap((row, i) => row.cardIds.map((id) => [id, i] as const)));
  const domainRetention = coverage.map(() => new RetentionCounter());
  for (const entry of log) {
    const day = localDay(new Date(entry.time));
    logDays.add(day);
    if (entry.time >= heatmapStart) perDay.set(day, (perDay.get(day) ?? 0) + 1);
    overall.add(entry);
    const question = byId.get(entry.card);
    if (!question) continue;
    (services.get(question.service) ?? services.set(question.service, new RetentionCounter()).get(question.service)!).add(entry);
    const domain = domainOfCard.get(entry.card);
    if (domain !== undefined) domainRetention[domain].add(entry);
  }

  const studyDays = [...progress.studyDays, ...logDays];
  return {
    today: todayKey,
    cards: { total: questions.length, seen, new: questions.length - seen },
    states,
    reviewsPerDay: Array.from({ length: HEATMAP_DAYS }, (_, i) => {
      const day = localDay(dayOffset(today, i - (HEATMAP_DAYS - 1)));
      return { day, count: perDay.get(day) ?? 0 };
    }),
    forecast: forecastCounts.map((count, i) => ({ day: localDay(dayOffset(today, i)), count })),
    retention: {
      overall: overall.value,
      services: [...services].map(([service, counter]) => ({ service, ...counter.value })).sort((a, b) => b.reviews - a.reviews || a.service.localeCompare(b.service)),
    },
    streak: { current: currentStreak(studyDays, now), longest: longestStreak(studyDays) },
    ...(certification ? { certification: certification.id } : {}),
    domains: coverage.map((row, i) => ({
      domain: row.domain.name,
      weight: row.domain.weight,
      cards: row.cards,
      seen: row.cardIds.filter((id) => progress.cards[id]).length,
      retention: domainRetention[i].value,
      thinTasks: row.tasks.filter((task) => task.cards < FEW_CARDS).map((task) => ({ id: task.task.id, text: task.task.text, cards: task.cards })),
    })),
  };
}
