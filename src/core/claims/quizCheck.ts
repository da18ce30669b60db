import type { Fact } from '../notes/model';
import { normalizeAnswer } from '../quiz/giveAway';
import type { Question } from '../quiz/question';
import type { NoteFinding } from './checkNotes';
import { escapeRegExp } from './claimWords';
import { findingsOfFact } from './factFindings';
import { measureOfValue, sameMeasure } from './measure';

/** A card the quiz did not ask because its note contradicts the docs and the claim has nothing to ask instead. */
export interface SkippedQuestion {
  readonly id: string;
  readonly claim: string;
  readonly reason: string;
}

/**
 * The question as the quiz may ask it once the notes check has read its note: unchanged when the
 * note is not flagged (or the question does not repeat what is wrong); asked from the claim's
 * value when it does (the documented quantity, or the right term in place of the wrong one);
 * skipped, and recorded in `skipped`, when the claim has no askable value (an absolute the docs deny).
 */
export function askAsDocumented(question: Question, fact: Fact, skipped: SkippedQuestion[]): Question[] {
  let asked = question;
  for (const finding of findingsOfFact(fact)) {
    const corrections = correctionsOf(finding);
    if (!repeats(asked, corrections.map(({ wrong }) => wrong))) continue;
    const askable = corrections.flatMap(({ wrong, value }) => (value === undefined ? [] : [{ wrong, value }]));
    if (askable.length < corrections.length) {
      skipped.push({ id: question.id, claim: finding.claim.id, reason: `the AWS docs deny "${finding.says}" and the claim has no value to ask instead` });
      return [];
    }
    asked = withValues(asked, askable);
  }
  return [asked];
}

/** One line for `aws-notes quiz`: how many cards were skipped, and why (by claim). */
export function skippedSummary(skipped: readonly SkippedQuestion[]): string | undefined {
  if (skipped.length === 0) return undefined;
  const byClaim = new Map<string, number>();
  for (const { claim } of skipped) byClaim.set(claim, (byClaim.get(claim) ?? 0) + 1);
  const claims = [...byClaim].map(([claim, count]) => `${claim} ×${count}`).join(', ');
  return `skipped ${skipped.length} card(s) whose notes contradict the AWS docs with no documented value to ask instead (${claims}); run \`aws-notes check\` to see them`;
}

/** A wrong text of the note, as written, and the documented value to ask in its place. */
interface Correction {
  readonly wrong: string;
  readonly value: string;
}

/**
 * Each wrong text (a differing quantity, or the wrong term or phrase) with the value to ask
 * instead: its scope's figure, the claim's value or right term; no value for an absolute.
 */
function correctionsOf(finding: NoteFinding): { wrong: string; value: string | undefined }[] {
  const { claim } = finding;
  if (finding.scopedValues) return [...finding.scopedValues];
  if (claim.kind === 'quantity') return finding.says.split(', ').map((wrong) => ({ wrong, value: claim.value }));
  return [{ wrong: finding.says, value: claim.kind === 'alternative' ? claim.right : undefined }];
}

function repeats(question: Question, wrongs: readonly string[]): boolean {
  const texts = [question.prompt, question.answer, ...question.choices].map(normalizeAnswer);
  return wrongs.some((wrong) => texts.some((text) => text.includes(normalizeAnswer(wrong))));
}

/**
 * The question with each wrong text replaced by its documented value; a choice that now means the
 * answer gives its place to the note's wrong value, a distractor the learner is known to believe.
 */
function withValues(question: Question, corrections: readonly Correction[]): Question {
  const replace = (text: string) => corrections.reduce((result, { wrong, value }) => result.replace(new RegExp(escapeRegExp(wrong), 'gi'), value), text);
  const answer = replace(question.answer);
  const kept = question.choices.map(replace).filter((choice, at, all) => {
    if (all.findIndex((other) => normalizeAnswer(other) === normalizeAnswer(choice)) !== at) return false;
    return choice === answer || !sameValue(choice, answer);
  });
  const known = (text: string) => kept.some((choice) => normalizeAnswer(choice) === normalizeAnswer(text) || sameValue(choice, text));
  const wrongChoices = [...new Set(corrections.map(({ wrong }) => wrong))].filter((wrong) => !known(wrong) && !sameValue(wrong, answer));
  const choices = [...kept, ...wrongChoices.slice(0, Math.max(0, question.choices.length - kept.length))];
  return { ...question, prompt: replace(question.prompt), answer, choices };
}

/** "1 MB" and "1 MiB" are one choice, not two. */
function sameValue(a: string, b: string): boolean {
  const [x, y] = [measureOfValue(a), measureOfValue(b)];
  return x !== undefined && y !== undefined && sameMeasure(x, y);
}
