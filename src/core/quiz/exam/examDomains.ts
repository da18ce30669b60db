import type { Question } from '../question';
import { hashString } from '../seededRandom';
import type { Certification, ExamDomain, TaskStatement } from './certification';
import { DVA_C02 } from './dvaC02.data';

/** The exams the quiz knows, by `awsNotes.quiz.certification` value. */
export const CERTIFICATIONS: Readonly<Record<string, Certification>> = { [DVA_C02.id]: DVA_C02 };
export const DEFAULT_CERTIFICATION = DVA_C02.id;

/** The certification of a setting's value; the default for an unknown one. */
export function certificationById(id: string | undefined): Certification {
  return CERTIFICATIONS[id ?? ''] ?? CERTIFICATIONS[DEFAULT_CERTIFICATION];
}

/** Where a card sits in an exam guide: one primary task statement (and its domain), maybe others. */
export interface ExamPlacement {
  readonly task: TaskStatement;
  readonly domain: ExamDomain;
  /** Other task statements the card touches (the service's, when a topic decided the primary). */
  readonly others: readonly TaskStatement[];
}

const placements = new WeakMap<Certification, WeakMap<Question, ExamPlacement | null>>();

function taskById(certification: Certification, id: string): { task: TaskStatement; domain: ExamDomain } | undefined {
  for (const domain of certification.domains) {
    const task = domain.tasks.find((candidate) => candidate.id === id);
    if (task) return { task, domain };
  }
  return undefined;
}

/**
 * The card's place in the guide: the first topic rule its text matches, else its service's
 * task statement; undefined when neither says (a topic heading the mapping does not know).
 */
export function examPlacement(question: Question, certification: Certification): ExamPlacement | undefined {
  let cache = placements.get(certification);
  if (!cache) placements.set(certification, (cache = new WeakMap()));
  const cached = cache.get(question);
  if (cached !== undefined) return cached ?? undefined;
  const text = `${question.breadcrumb} ${question.prompt} ${question.answer}`;
  const topic = certification.topics.find((rule) => rule.pattern.test(text));
  const service = certification.services[question.service];
  const primaryId = topic?.task ?? service?.task;
  const primary = primaryId === undefined ? undefined : taskById(certification, primaryId);
  const otherIds = [...new Set([service?.task, ...(service?.others ?? [])].filter((id): id is string => id !== undefined && id !== primaryId))];
  const placement = primary && { ...primary, others: otherIds.flatMap((id) => taskById(certification, id)?.task ?? []) };
  cache.set(question, placement ?? null);
  return placement;
}

/** The name of the card's primary domain ("Development with AWS Services"), or undefined. */
export function domainOf(question: Question, certification: Certification): string | undefined {
  return examPlacement(question, certification)?.domain.name;
}

export interface TaskCoverage {
  readonly task: TaskStatement;
  /** Cards whose primary task statement this is. */
  readonly cards: number;
}

export interface DomainCoverage {
  readonly domain: ExamDomain;
  readonly cards: number;
  readonly cardIds: readonly string[];
  readonly tasks: readonly TaskCoverage[];
}

/** Cards per domain and per task statement (by primary placement), in the guide's order. */
export function domainCoverage(questions: readonly Question[], certification: Certification): DomainCoverage[] {
  const byTask = new Map<string, string[]>();
  for (const question of questions) {
    const placement = examPlacement(question, certification);
    if (placement) byTask.set(placement.task.id, [...(byTask.get(placement.task.id) ?? []), question.id]);
  }
  return certification.domains.map((domain) => {
    const tasks = domain.tasks.map((task) => ({ task, cards: byTask.get(task.id)?.length ?? 0 }));
    const cardIds = domain.tasks.flatMap((task) => byTask.get(task.id) ?? []);
    return { domain, cards: cardIds.length, cardIds, tasks };
  });
}

/** Below this many cards a task statement is something the notes lack. */
export const FEW_CARDS = 10;

/** "What the notes lack": task statements with fewer than `fewerThan` cards, fewest first. */
export function thinTaskStatements(coverage: readonly DomainCoverage[], fewerThan = FEW_CARDS): { domain: ExamDomain; task: TaskStatement; cards: number }[] {
  return coverage
    .flatMap(({ domain, tasks }) => tasks.filter(({ cards }) => cards < fewerThan).map(({ task, cards }) => ({ domain, task, cards })))
    .sort((a, b) => a.cards - b.cards || a.task.id.localeCompare(b.task.id));
}

/**
 * How many of `count` questions each domain gets: its weight's share, rounded by largest
 * remainder so the counts add up, and never more than the domain has cards (the rest goes to
 * the domains that have more, by weight).
 */
export function domainQuotas(available: ReadonlyMap<string, number>, domains: readonly ExamDomain[], count: number): Map<string, number> {
  const quotas = new Map(domains.map((domain) => [domain.id, 0]));
  let left = Math.min(count, [...available.values()].reduce((sum, n) => sum + n, 0));
  while (left > 0) {
    const open = domains.filter((domain) => quotas.get(domain.id)! < (available.get(domain.id) ?? 0));
    const weight = open.reduce((sum, domain) => sum + domain.weight, 0);
    const shares = open.map((domain) => ({ domain, share: (left * domain.weight) / weight }));
    let given = 0;
    for (const { domain, share } of shares) {
      const room = (available.get(domain.id) ?? 0) - quotas.get(domain.id)!;
      const take = Math.min(room, Math.floor(share));
      quotas.set(domain.id, quotas.get(domain.id)! + take);
      given += take;
    }
    // Largest remainders get the questions the floors left, one each.
    const byRemainder = shares.sort((a, b) => b.share - Math.floor(b.share) - (a.share - Math.floor(a.share)) || b.domain.weight - a.domain.weight);
    for (const { domain } of byRemainder) {
      if (given === left) break;
      if (quotas.get(domain.id)! < (available.get(domain.id) ?? 0)) {
        quotas.set(domain.id, quotas.get(domain.id)! + 1);
        given++;
      }
    }
    left -= given;
  }
  return quotas;
}

/**
 * An exam's questions drawn by the domains' weights (32/26/24/18 % for DVA-C02), shuffled by
 * `seed`; cards with no domain only fill what the domains cannot.
 */
export function drawByDomainWeight(pool: readonly Question[], certification: Certification, count: number, seed: string): Question[] {
  const rank = (question: Question) => hashString(`${seed}\n${question.id}`);
  const byDomain = new Map<string, Question[]>();
  const unplaced: Question[] = [];
  for (const question of pool) {
    const domain = examPlacement(question, certification)?.domain.id;
    if (domain) byDomain.set(domain, [...(byDomain.get(domain) ?? []), question]);
    else unplaced.push(question);
  }
  for (const questions of byDomain.values()) questions.sort((a, b) => rank(a) - rank(b));
  const quotas = domainQuotas(new Map([...byDomain].map(([id, questions]) => [id, questions.length])), certification.domains, count);
  const drawn = [...quotas].flatMap(([id, quota]) => (byDomain.get(id) ?? []).slice(0, quota));
  const fill = unplaced.sort((a, b) => rank(a) - rank(b)).slice(0, Math.max(0, count - drawn.length));
  return [...drawn, ...fill].sort((a, b) => rank(a) - rank(b));
}

export interface DomainScore {
  /** The domain's name, or undefined for cards the guide mapping does not place. */
  readonly domain?: string;
  readonly correct: number;
  readonly total: number;
}

/** An exam's score per domain, in the guide's order (cards without a domain last). */
export function scoreByDomain(answers: readonly { readonly question: Question; readonly correct: boolean }[], certification: Certification): DomainScore[] {
  const scores = certification.domains.map((domain) => ({ domain: domain.name, correct: 0, total: 0 }));
  const unplaced = { correct: 0, total: 0 };
  for (const { question, correct } of answers) {
    const name = domainOf(question, certification);
    const score = scores.find((candidate) => candidate.domain === name) ?? unplaced;
    score.total++;
    if (correct) score.correct++;
  }
  return [...scores.filter((score) => score.total > 0), ...(unplaced.total > 0 ? [unplaced] : [])];
}
