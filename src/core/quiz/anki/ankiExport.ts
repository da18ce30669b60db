import { escapeHtml } from '../../util/escapeHtml';
import type { Certification } from '../exam/certification';
import { domainOf } from '../exam/examDomains';
import type { Question } from '../question';

/**
 * The quiz as a text file for Anki's File › Import, using the file headers of Anki's manual
 * ("Importing › Text Files › File Headers", https://docs.ankiweb.net/importing/text-files.html):
 * tab-separated, fields read as HTML, the note type in column 1, the deck in column 2, the
 * fields in 3–4 (Basic: Front, Back; Cloze: Text, Back Extra), the tags in column 5. Anki's
 * stock "Basic" and "Cloze" note types take the notes as they are.
 *
 * No field ever holds a tab, a line break or a double quote (they become a space, `<br>` and
 * `&quot;`), so no field needs CSV quoting; `{{`/`}}` are escaped so that only our cloze
 * deletions are template syntax, and a cloze answer's `::` (Anki's hint separator) too.
 */
export const ANKI_HEADERS = ['#separator:tab', '#html:true', '#notetype column:1', '#deck column:2', '#tags column:5'] as const;

/** The exam domain a question counts for, as an Anki tag's parts. */
export interface AnkiDomain {
  /** "DVA-C02" */
  readonly certification: string;
  /** "Development with AWS Services" */
  readonly domain: string;
}

export interface AnkiOptions {
  /** The parent deck; each service is a subdeck (`AWS Notes::S3`). */
  readonly deck?: string;
  readonly domainOf?: (question: Question) => AnkiDomain | undefined;
}

/** Each card's primary domain in `certification`'s guide, for its domain tag. */
export function examDomainTags(certification: Certification): NonNullable<AnkiOptions['domainOf']> {
  return (question) => {
    const domain = domainOf(question, certification);
    return domain === undefined ? undefined : { certification: certification.id, domain };
  };
}

/** The blank a cloze prompt has where its answer goes (quantities.ts, termQuestion.ts). */
const BLANK = '____';

/** Text as one field's HTML: escaped, line breaks as `<br>`, tabs as spaces, braces that could open or close a template escaped. */
export function ankiField(text: string): string {
  return escapeHtml(text)
    .replace(/\r\n?|\n/g, '<br>')
    .replace(/\t/g, ' ')
    .replace(/\{(?=\{)/g, '&#123;')
    .replace(/\}(?=\})/g, '&#125;');
}

/** A cloze answer: also no brace at all (a `}` before the closing `}}` would end it early) and no `::`. */
function clozeAnswer(text: string): string {
  return ankiField(text).replace(/[{}]/g, (brace) => (brace === '{' ? '&#123;' : '&#125;')).replace(/:(?=:)/g, '&#58;');
}

/** Anki separates tags by spaces: each tag's own spaces become underscores. */
export function ankiTag(text: string): string {
  return text.trim().replace(/\s+/g, '_');
}

function source(question: Question): string {
  return `<br><br><small>${ankiField(question.breadcrumb)}<br>${ankiField(`${question.file}:${question.line + 1}`)}</small>`;
}

function deckName(parent: string, service: string): string {
  return `${parent}::${service}`.replace(/[\t\r\n"]+/g, ' ');
}

/** A fill-in-the-blank card (a cloze, or a value or definition asked as multiple choice) is an Anki cloze; order and "which service?" cards are Basic. */
function fields(question: Question): [string, string, string] {
  if ((question.kind === 'cloze' || question.kind === 'choice') && question.prompt.split(BLANK).length === 2) {
    const [before, ...after] = question.prompt.split(BLANK);
    return ['Cloze', `${ankiField(before)}{{c1::${clozeAnswer(question.answer)}}}${ankiField(after.join(BLANK))}`, source(question).slice('<br><br>'.length)];
  }
  const items = question.kind === 'order' ? `<br>${question.choices.map(ankiField).join('<br>')}` : '';
  return ['Basic', `${ankiField(question.prompt)}${items}`, `${ankiField(question.answer)}${source(question)}`];
}

export function ankiExportText(questions: readonly Question[], options: AnkiOptions = {}): string {
  const parent = options.deck ?? 'AWS Notes';
  const lines = questions.map((question) => {
    const [noteType, front, back] = fields(question);
    const domain = options.domainOf?.(question);
    const tags = [ankiTag(question.service), ...(domain ? [`${ankiTag(domain.certification)}::${ankiTag(domain.domain)}`] : [])];
    return [noteType, deckName(parent, question.service), front, back, tags.join(' ')].join('\t');
  });
  return [...ANKI_HEADERS, ...lines].join('\n') + '\n';
}
