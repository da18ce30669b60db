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
    const wrongs = wrongTexts(finding);
    if (!repeats(asked, wrongs)) continue;
    const value = askableValue(finding);
    if (value === undefined) {
      skipped.push({ id: question.id, claim: finding.claim.id, reason: `the AWS docs deny "${finding.says}" and the claim has no value to ask instead` });
      return [];
    }
    asked = withValue(asked, wrongs, value);
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

function askableValue(finding: NoteFinding): string | undefined {
  const { claim } = finding;
  return claim.kind === 'quantity' ? claim.value : claim.kind === 'alternative' ? claim.right : undefined;
}

/** What the note says that is wrong, as written: each differing quantity, or the wrong term or phrase. */
function wrongTexts(finding: NoteFinding): string[] {
  return finding.claim.kind === 'quantity' ? finding.says.split(', ') : [finding.says];
}

function repeats(question: Question, wrongs: readonly string[]): boolean {
  const texts = [question.prompt, question.answer, ...question.choices].map(normalizeAnswer);
  return wrongs.some((wrong) => texts.some((text) => text.includes(normalizeAnswer(wrong))));
}

/** The question with each wrong text replaced by the documented value; a choice that now means the answer is dropped. */
function withValue(question: Question, wrongs: readonly string[], value: string): Question {
  const replace = (text: string) => wrongs.reduce((result, wrong) => result.replace(new RegExp(escapeRegExp(wrong), 'gi'), value), text);
  const answer = replace(question.answer);
  const choices = question.choices.map(replace).filter((choice, at, all) => {
    if (all.findIndex((other) => normalizeAnswer(other) === normalizeAnswer(choice)) !== at) return false;
    return choice === answer || !sameValue(choice, answer);
  });
  return { ...question, prompt: replace(question.prompt), answer, choices };
}

/** "1 MB" and "1 MiB" are one choice, not two. */
function sameValue(a: string, b: string): boolean {
  const [x, y] = [measureOfValue(a), measureOfValue(b)];
  return x !== undefined && y !== undefined && sameMeasure(x, y);
}
