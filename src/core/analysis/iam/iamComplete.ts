import { nodeAtPath, pathAt, type CursorContext } from '../cursor';
import type { IacDocument } from '../document';
import { pathOf, type DocNode } from '../nodes';
import type { CompletionEntry } from '../types';
import type { ConditionKey, ConditionKeyCatalog } from '../../catalog/iam/conditionKeyCatalog';
import { CONDITION_OPERATORS, FAMILIES_FOR_TYPE, OPERATOR_FAMILY_DOCS, parseOperator, type OperatorFamily } from '../../catalog/iam/conditionOperators';
import { conditionKeyQuery, operatorQuery } from '../notesQueries';
import { keyReference, operatorReference } from './iamReference';
import { actionPrefixes, conditionLevel } from './policyModel';

/** Offered operators: every base operator, its …IfExists form, and the set-prefixed String/Arn ones. */
const OFFERED_OPERATORS: readonly string[] = [
  ...CONDITION_OPERATORS.map((op) => op.name),
  ...CONDITION_OPERATORS.filter((op) => op.family !== 'Null').map((op) => `${op.name}IfExists`),
  ...CONDITION_OPERATORS.filter((op) => op.family === 'String' || op.family === 'Arn').flatMap((op) => [`ForAllValues:${op.name}`, `ForAnyValue:${op.name}`]),
];

function keyEntry(key: ConditionKey, rank: number, range: CompletionEntry['range']): CompletionEntry {
  return {
    label: key.name,
    kind: 'property',
    detail: `${key.types.join('/')}${key.multivalued ? ' (multivalued)' : ''} · ${key.serviceName}`,
    documentation: keyReference(key),
    docsUrl: key.docsUrl,
    sortText: `${rank}${key.name}`,
    range,
    notes: conditionKeyQuery(key.name),
  };
}

/** Whether a key's type suits an operator family (every key suits Null). */
function suits(key: ConditionKey, family: OperatorFamily | undefined): boolean {
  return family === undefined || family === 'Null' || key.types.some((type) => FAMILIES_FOR_TYPE[type].includes(family));
}

/**
 * How accepting an operator inserts it when its key is new (no colon yet): with its mapping and
 * the cursor inside, `"Op": { | }` in JSON (replacing the closing quote the editor typed) and
 * `Op:` with the cursor on the indented line below in YAML. Undefined: insert the name alone.
 */
function operatorSnippet(doc: IacDocument, context: CursorContext, name: string): Pick<CompletionEntry, 'insertText' | 'isSnippet' | 'range'> | undefined {
  if (context.pair && doc.syntax === 'yaml') return undefined;
  if (doc.syntax === 'yaml') return { insertText: `${name}:\n  $0`, isSnippet: true };
  const after = doc.text.slice(context.wordEnd);
  const closingQuote = after.startsWith('"') ? 1 : 0;
  if (/^\s*:/.test(after.slice(closingQuote))) return undefined;
  const opened = doc.text[context.wordStart - 1] === '"';
  return { insertText: `${opened ? '' : '"'}${name}": { $0 }`, isSnippet: true, range: doc.rangeOf(context.wordStart, context.wordEnd + closingQuote) };
}

/** IAM completions at `offset` inside the policy document `policy`. */
export function completePolicy(doc: IacDocument, policy: DocNode | undefined, offset: number, keys: ConditionKeyCatalog): CompletionEntry[] {
  if (!policy) return [];
  const context = pathAt(doc, offset, pathOf(policy).length > 0 ? policy : undefined);
  const level = context && conditionLevel(context.path);
  if (!context || !level) return [];
  const range = doc.rangeOf(context.wordStart, context.wordEnd);
  // In a YAML policy a new key comes with its colon (JSON keys sit between quotes the user typed).
  const insertKey = (name: string): string | undefined => (doc.syntax === 'yaml' && context.on === 'key' && !context.pair ? `${name}: ` : undefined);
  if (context.on === 'key' && level.level === 'operators') {
    return OFFERED_OPERATORS.filter((name) => !context.siblingKeys.includes(name)).map((name, i) => {
      const parsed = parseOperator(name);
      return {
        label: name,
        kind: 'keyword' as const,
        detail: `${parsed.operator!.family} operator`,
        insertText: insertKey(name),
        documentation: operatorReference(parsed),
        docsUrl: OPERATOR_FAMILY_DOCS[parsed.operator!.family],
        sortText: String(i).padStart(3, '0'),
        range,
        notes: operatorQuery(parsed),
        ...operatorSnippet(doc, context, name),
      };
    });
  }
  if (context.on === 'key' && level.level === 'keys') {
    const statement = nodeAtPath(policy, level.statementPath);
    const prefixes = actionPrefixes(statement);
    const typedPrefix = context.word.includes(':') ? context.word.slice(0, context.word.indexOf(':')).toLowerCase() : undefined;
    const candidates = typedPrefix ? keys.keysOf(typedPrefix) : [...keys.keysOf('aws'), ...prefixes.flatMap((prefix) => keys.keysOf(prefix))];
    // Under a typed operator the keys of its type come first (DateLessThan → date keys), then the statement's services before aws:*.
    const family = level.operator ? parseOperator(level.operator).operator?.family : undefined;
    return candidates
      .filter((key) => !context.siblingKeys.includes(key.name))
      .map((key) => ({ ...keyEntry(key, (suits(key, family) ? 0 : 2) + (key.prefix === 'aws' ? 1 : 0), range), insertText: insertKey(key.name) }));
  }
  if (context.on === 'value' && level.level === 'values' && level.operator) {
    const family = parseOperator(level.operator).operator?.family;
    if (family === 'Bool' || family === 'Null') {
      return ['true', 'false'].map((value) => ({ label: value, kind: 'value' as const, detail: family === 'Null' ? (value === 'true' ? 'key is absent' : 'key is present') : family, range }));
    }
  }
  return [];
}
