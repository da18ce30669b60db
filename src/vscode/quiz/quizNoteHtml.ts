import type { Fact } from '../../core/notes/model';
import type { NotesMarkdown } from '../factCard/markdown';
import { docsSayHtml, docsSayOf, ENGLISH_DOCS_SAY_LABELS, type DocsSayLabels } from '../notesCheck/docsSayHtml';

/**
 * The note behind a question as the quiz shows it once answered: breadcrumb (escaped), the
 * fact's text through the notes renderer (markdown-it, `html: false`, safe links only) and its
 * code (escaped). The only HTML a quiz webview receives.
 */
export function quizNoteHtml(md: NotesMarkdown, fact: Fact, labels: DocsSayLabels = ENGLISH_DOCS_SAY_LABELS): string {
  const code = fact.code ? `<pre><code>${md.utils.escapeHtml(fact.code)}</code></pre>` : '';
  return `<p class="breadcrumb">${md.utils.escapeHtml(fact.breadcrumb)}</p><p>${md.renderInline(fact.text)}</p>${docsSayHtml(md.utils.escapeHtml, docsSayOf(fact), labels)}${code}`;
}
