import MarkdownIt from 'markdown-it';

/** Links notes may keep: web pages, and the extension's own commands (nothing else runs from a note). */
/** A configured markdown-it instance. */
export type NotesMarkdown = InstanceType<typeof MarkdownIt>;

const ALLOWED_LINK = /^(https?:\/\/|command:awsNotes\.)/i;

/**
 * The one markdown renderer for notes text in webviews: raw HTML is escaped (`html: false`),
 * and links other than http(s) and `command:awsNotes.*` are dropped (rendered as text), so a
 * note cannot inject markup, scripts, `javascript:` or other commands.
 */
export function createNotesMarkdown(): NotesMarkdown {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  md.validateLink = (url: string) => ALLOWED_LINK.test(url.trim());
  return md;
}
