import type { Fact } from '../../core/notes/model';
import { docsSayHtml, ENGLISH_DOCS_SAY_LABELS, type DocsSay, type DocsSayLabels } from '../notesCheck/docsSayHtml';
import type { NotesMarkdown } from './markdown';
import { webviewPageHtml } from '../webview/webviewPage';

/** What the card shows about one fact; built by the panel from the index. */
export interface FactCardModel {
  readonly fact: Fact;
  readonly parent?: Fact;
  readonly children: readonly Fact[];
  readonly siblings: readonly Fact[];
  /** "Your notes" or "Bundled notes". */
  readonly originLabel: string;
  /** "notes/dynamodb.txt:12" or "bundled notes, line 12". */
  readonly location: string;
  /** Where the notes check says the documentation disagrees ("AWS docs say: …"), with the page. */
  readonly docsSay: readonly DocsSay[];
  /** "Used in this workspace": the places whose hover shows the fact (labels such as `app/.ebextensions/db.config:4`), or undefined while searching. */
  readonly uses?: readonly string[];
}

/** The card's own words, from the host's l10n bundle (English when rendered outside VS Code, as in unit tests). */
export interface CardLabels {
  readonly title: string;
  readonly openInNotes: string;
  readonly noDefinition: string;
  readonly parent: string;
  readonly details: string;
  readonly siblings: string;
  readonly alsoUnderHeading: string;
  readonly gone: string;
  readonly usesTitle: string;
  readonly usesSearching: string;
  readonly usesNone: string;
  readonly docsSay: DocsSayLabels;
}

export const ENGLISH_LABELS: CardLabels = {
  title: 'Fact card',
  openInNotes: 'Open in notes',
  noDefinition: '(no definition on this line; see the items below)',
  parent: 'Parent',
  details: 'Details',
  siblings: 'Siblings',
  alsoUnderHeading: 'Also under this heading',
  gone: 'This fact is no longer in your notes. Look it up again with “AWS Notes: Look Up Fact”.',
  usesTitle: 'Used in this workspace',
  usesSearching: 'Looking through the workspace’s IaC files…',
  usesNone: 'No IaC file of this workspace has a hover showing this fact.',
  docsSay: ENGLISH_DOCS_SAY_LABELS,
};

/** Webview URIs and the per-render nonce. */
export interface FactCardResources {
  readonly cspSource: string;
  readonly styleUris: readonly string[];
  readonly scriptUri: string;
  readonly nonce: string;
}

/**
 * The fact card's HTML. Everything from the notes is escaped or rendered by the safe markdown
 * renderer; the CSP allows only our stylesheets and our one nonce'd script, nothing else.
 */
export function renderFactCardHtml(md: NotesMarkdown, model: FactCardModel | undefined, resources: FactCardResources, labels: CardLabels = ENGLISH_LABELS): string {
  const escape = md.utils.escapeHtml;
  return webviewPageHtml({
    cspSource: resources.cspSource,
    nonce: resources.nonce,
    title: labels.title,
    styleUris: resources.styleUris,
    scriptUris: [resources.scriptUri],
    bodyAttributes: model ? ` data-fact-id="${escape(model.fact.id)}"` : '',
    body: `<main>
${model ? renderFact(md, model, labels) : `<p class="gone">${escape(labels.gone)}</p>`}
</main>`,
  });
}

function renderFact(md: NotesMarkdown, model: FactCardModel, labels: CardLabels): string {
  const { fact } = model;
  const escape = md.utils.escapeHtml;
  const body =
    fact.term !== undefined
      ? `<dl class="term"><dt>${md.renderInline(fact.term)}</dt><dd>${fact.definition ? md.renderInline(fact.definition) : `<span class="empty">${escape(labels.noDefinition)}</span>`}</dd></dl>`
      : `<p class="fact-text">${md.renderInline(fact.text)}</p>`;
  return `<nav class="breadcrumb" aria-label="Breadcrumb">${escape(fact.breadcrumb)}</nav>
<article class="fact" aria-label="Fact">
${body}
${docsSayHtml(md.utils.escapeHtml, model.docsSay, labels.docsSay)}
${fact.code ? `<pre class="code"><code>${escape(codeToShow(fact.code))}</code></pre>` : ''}
<div class="source">
<span class="origin origin-${fact.origin}">${escape(model.originLabel)}</span>
<span class="location">${escape(model.location)}</span>
<button type="button" class="primary" data-action="openNote" data-fact-id="${escape(fact.id)}">${escape(labels.openInNotes)}</button>
</div>
</article>
${relatedList(md, labels.parent, model.parent ? [model.parent] : [])}
${relatedList(md, labels.details, model.children)}
${relatedList(md, fact.parentId ? labels.siblings : labels.alsoUnderHeading, model.siblings)}
${usesList(md, model, labels)}`;
}

/** "Used in this workspace": a button per place (the extension opens it at its line), or where the search stands. */
function usesList(md: NotesMarkdown, model: FactCardModel, labels: CardLabels): string {
  const escape = md.utils.escapeHtml;
  const uses = model.uses;
  const body =
    uses === undefined
      ? `<p class="uses-state">${escape(labels.usesSearching)}</p>`
      : uses.length === 0
        ? `<p class="uses-state">${escape(labels.usesNone)}</p>`
        : `<ul>
${uses.map((label, i) => `<li><button type="button" class="related use" data-action="openUse" data-use="${i}">${escape(label)}</button></li>`).join('\n')}
</ul>`;
  return `<section class="related-facts uses" aria-label="${escape(labels.usesTitle)}">
<h2>${escape(labels.usesTitle)}</h2>
${body}
</section>`;
}

/** Related facts as buttons (plain escaped text: a button may not contain links). */
function relatedList(md: NotesMarkdown, title: string, facts: readonly Fact[]): string {
  if (facts.length === 0) return '';
  const escape = md.utils.escapeHtml;
  const items = facts
    .map((fact) => `<li><button type="button" class="related" data-action="showFact" data-fact-id="${escape(fact.id)}">${escape(fact.text)}</button></li>`)
    .join('\n');
  return `<section class="related-facts" aria-label="${escape(title)}">
<h2>${escape(title)}</h2>
<ul>
${items}
</ul>
</section>`;
}

/**
 * A fact's code as the card shows it: markdown notes keep their fences and list indentation in
 * `Fact.code` (the text as written); the card drops the fence lines and the common indentation.
 */
export function codeToShow(code: string): string {
  let lines = code.split(/\r?\n/);
  const fence = /^\s*(`{3,}|~{3,})/.exec(lines[0] ?? '');
  if (fence && lines.length >= 2 && lines[lines.length - 1].trim().startsWith(fence[1])) lines = lines.slice(1, -1);
  const indent = Math.min(...lines.filter((line) => line.trim() !== '').map((line) => /^\s*/.exec(line)![0].length));
  return Number.isFinite(indent) ? lines.map((line) => line.slice(indent)).join('\n') : lines.join('\n');
}
