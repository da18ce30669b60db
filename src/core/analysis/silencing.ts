import type { IacDocument } from './document';
import { pairOf, scalarText, valueOf, type DocNode } from './nodes';
import { RULES } from './ruleCatalog';
import type { AnalysisDiagnostic } from './types';

/**
 * Which diagnostics the user has silenced, and where. Linters are silenced in four ways, and a
 * diagnostic goes when any of them names its rule:
 * - the setting `awsNotes.lint.ignore` (rule ids), for every file;
 * - in YAML, `# aws-notes-ignore RULE …` on the line above the finding, or among the comments at
 *   the top of the file for the whole file (JSON has no comments: there, the setting and Metadata);
 * - in CloudFormation, `Metadata: { aws-notes: { ignore: [RULE …] } }` of a resource (its findings)
 *   or of the template (all of them);
 * - cfn-lint's own `Metadata: { cfn-lint: { config: { ignore_checks: [E1020 …] } } }`, for our rules
 *   that map to those cfn-lint rules (a prefix such as `E3` or `W` covers every rule it starts).
 * https://github.com/aws-cloudformation/cfn-lint#metadata
 */

const COMMENT = /^\s*#\s*aws-notes-ignore\b(.*)$/;

/** Where a set of rule ids applies: the whole file, one line (0-based), or a range of offsets. */
type Scope = { readonly file: true } | { readonly line: number } | { readonly start: number; readonly end: number };

interface Silence {
  readonly rules: ReadonlySet<string>;
  readonly scope: Scope;
}

function ruleIds(text: string): string[] {
  return text.split(/[\s,]+/).filter((id) => id.length > 0);
}

/** The `# aws-notes-ignore` comments: those before the first content line count for the whole file. */
function commentSilences(doc: IacDocument): Silence[] {
  if (doc.syntax !== 'yaml') return [];
  const silences: Silence[] = [];
  let leading = true;
  const lines = doc.text.split(/\r?\n/);
  lines.forEach((text, line) => {
    const comment = COMMENT.exec(text);
    if (comment) silences.push({ rules: new Set(ruleIds(comment[1])), scope: leading ? { file: true } : { line: line + 1 } });
    else if (text.trim() !== '' && !/^\s*#/.test(text) && text.trim() !== '---') leading = false;
  });
  return silences;
}

function listOf(node: DocNode | undefined): string[] {
  if (node?.kind === 'sequence') return node.items.map(scalarText).filter((id): id is string => typeof id === 'string');
  const single = scalarText(node);
  return typeof single === 'string' ? ruleIds(single) : [];
}

/** Our rule ids named by cfn-lint ids or prefixes (`E1020`, `E3`, `W`). */
function fromCfnLint(ids: readonly string[]): string[] {
  return RULES.filter((rule) => rule.cfnLint?.some((theirs) => ids.some((id) => theirs.startsWith(id)))).map((rule) => rule.id);
}

/** The rules a `Metadata` mapping silences: ours, and cfn-lint's that map to ours. */
function metadataRules(metadata: DocNode | undefined): Set<string> {
  const ours = listOf(valueOf(valueOf(metadata, 'aws-notes'), 'ignore'));
  const theirs = listOf(valueOf(valueOf(valueOf(metadata, 'cfn-lint'), 'config'), 'ignore_checks'));
  return new Set([...ours, ...fromCfnLint(theirs)]);
}

function metadataSilences(root: DocNode | undefined): Silence[] {
  if (root?.kind !== 'mapping' || !pairOf(root, 'Resources')) return [];
  const silences: Silence[] = [{ rules: metadataRules(valueOf(root, 'Metadata')), scope: { file: true } }];
  const resources = valueOf(root, 'Resources');
  for (const resource of resources?.kind === 'mapping' ? resources.pairs : []) {
    silences.push({ rules: metadataRules(valueOf(resource.value, 'Metadata')), scope: { start: resource.keyStart, end: resource.value.end } });
  }
  return silences.filter((silence) => silence.rules.size > 0);
}

function covers(doc: IacDocument, scope: Scope, diagnostic: AnalysisDiagnostic): boolean {
  if ('file' in scope) return true;
  if ('line' in scope) return diagnostic.range.start.line === scope.line;
  const offset = doc.offsetAt(diagnostic.range.start);
  return offset >= scope.start && offset <= scope.end;
}

/** The diagnostics left once the setting's rules and the document's own silences are applied. */
export function withoutSilenced(doc: IacDocument, diagnostics: readonly AnalysisDiagnostic[], ignoredRules: readonly string[] = []): AnalysisDiagnostic[] {
  const silences: Silence[] = [{ rules: new Set(ignoredRules), scope: { file: true } }, ...commentSilences(doc), ...metadataSilences(doc.root)];
  return diagnostics.filter((diagnostic) => !silences.some((silence) => silence.rules.has(diagnostic.code) && covers(doc, silence.scope, diagnostic)));
}
