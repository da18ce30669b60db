import { docsSay, findingsOfFact } from '../../core/claims/factFindings';
import type { Fact } from '../../core/notes/model';

/** A notes-check warning as the webviews show it: the documented statement and its page. */
export interface DocsSay {
  readonly text: string;
  readonly url: string;
}

export function docsSayOf(fact: Fact): DocsSay[] {
  return findingsOfFact(fact).map((finding) => ({ text: docsSay(finding), url: finding.claim.url }));
}

/** The warnings under a note in the fact card and the answered quiz card (text escaped with `escape`). */
export function docsSayHtml(escape: (text: string) => string, warnings: readonly DocsSay[]): string {
  return warnings
    .map(({ text, url }) => `<aside class="notes-check" aria-label="Notes check"><p><span aria-hidden="true">⚠</span> ${escape(text)} <a href="${escape(url)}">AWS documentation</a></p></aside>`)
    .join('\n');
}
