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

/** The shell's words around a warning, translated by the host (`vscode.l10n.t`); English by default. */
export interface DocsSayLabels {
  readonly region: string;
  readonly link: string;
}

export const ENGLISH_DOCS_SAY_LABELS: DocsSayLabels = { region: 'Notes check', link: 'AWS documentation' };

/** The warnings under a note in the fact card and the answered quiz card (text escaped with `escape`). */
export function docsSayHtml(escape: (text: string) => string, warnings: readonly DocsSay[], labels: DocsSayLabels = ENGLISH_DOCS_SAY_LABELS): string {
  return warnings
    .map(({ text, url }) => `<aside class="notes-check" aria-label="${escape(labels.region)}"><p><span aria-hidden="true">⚠</span> ${escape(text)} <a href="${escape(url)}">${escape(labels.link)}</a></p></aside>`)
    .join('\n');
}
