import { RULES } from './ruleCatalog';
import type { RuleInfo } from './ruleInfo';
import type { CompletionEntry, FileFamily, Position } from './types';

/** `# aws-notes-ignore a/b, c/d` up to the cursor: the ids written so far and the one being typed. */
const COMMENT_SO_FAR = /^\s*#\s*aws-notes-ignore\s+((?:[\w/-]+[\s,]+)*)([\w/-]*)$/;

/** Families whose rules a file's findings can come from: templates hold policies, configs hold templates. */
const FAMILIES_IN: Record<FileFamily, readonly FileFamily[]> = {
  appspec: ['appspec'],
  ebextensions: ['ebextensions', 'cloudformation', 'iam-policy'],
  cloudformation: ['cloudformation', 'iam-policy'],
  'iam-policy': ['iam-policy'],
};

/**
 * Rule ids to complete in a `# aws-notes-ignore` comment (see silencing.ts): the rules that can
 * report in the file's family and the syntax rules, not those the comment already names.
 */
export function ignoreCommentCompletions(text: string, position: Position, family: FileFamily | undefined): CompletionEntry[] {
  const line = text.split(/\r?\n/)[position.line] ?? '';
  const match = COMMENT_SO_FAR.exec(line.slice(0, position.character));
  if (!match) return [];
  const written = new Set(match[1].split(/[\s,]+/).filter(Boolean));
  const range = { start: { line: position.line, character: position.character - match[2].length }, end: position };
  const families = family === undefined ? undefined : FAMILIES_IN[family];
  const applies = (rule: RuleInfo) => rule.family === 'syntax' || !families || families.includes(rule.family);
  return RULES.filter((rule) => applies(rule) && !written.has(rule.id)).map((rule, index) => ({
    label: rule.id,
    kind: 'value',
    detail: `${rule.severity}: ${rule.summary}`,
    docsUrl: rule.docsUrl,
    sortText: String(index).padStart(3, '0'),
    range,
  }));
}
