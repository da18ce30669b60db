import { localDay } from './progress';

/** The local date after (or, with -1, before) a YYYY-MM-DD date. */
function shiftDay(day: string, by: number): string {
  const [year, month, date] = day.split('-').map(Number);
  return localDay(new Date(year, month - 1, date + by));
}

/** Consecutive study days ending today (or yesterday, if today has none yet). */
export function currentStreak(studyDays: Iterable<string>, now: Date): number {
  const days = new Set(studyDays);
  let day = localDay(now);
  if (!days.has(day)) day = shiftDay(day, -1);
  let count = 0;
  for (; days.has(day); day = shiftDay(day, -1)) count++;
  return count;
}

/** The longest run of consecutive study days. */
export function longestStreak(studyDays: Iterable<string>): number {
  const days = [...new Set(studyDays)].sort();
  let longest = 0;
  let run = 0;
  days.forEach((day, i) => {
    run = i > 0 && shiftDay(days[i - 1], 1) === day ? run + 1 : 1;
    longest = Math.max(longest, run);
  });
  return longest;
}
