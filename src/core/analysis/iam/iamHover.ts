import { nodeAt } from '../cursor';
import type { IacDocument } from '../document';
import { pathOf, scalarText, type DocNode } from '../nodes';
import type { HoverInfo } from '../types';
import type { ConditionKeyCatalog } from '../../catalog/iam/conditionKeyCatalog';
import { IF_EXISTS_DOCS_URL, OPERATOR_FAMILY_DOCS, SET_OPERATORS_DOCS_URL, parseOperator } from '../../catalog/iam/conditionOperators';
import { conditionKeyQuery, conditionValueQuery, operatorQuery } from '../notesQueries';
import { keyReference, operatorReference } from './iamReference';
import { conditionLevel } from './policyModel';

/** The IAM hover at `offset` inside the policy document `policy`: an operator, a condition key, or a key's value. */
export function hoverPolicy(doc: IacDocument, policy: DocNode | undefined, offset: number, keys: ConditionKeyCatalog): HoverInfo | undefined {
  const hit = nodeAt(policy, offset);
  if (hit && !hit.onKey && policy) return valueHover(doc, policy, hit.node, keys);
  if (!hit?.onKey || !hit.pair || !policy) return undefined;
  const absolute = pathOf(hit.pair.parent);
  const level = conditionLevel(absolute.slice(pathOf(policy).length));
  const range = doc.rangeOf(hit.pair.keyStart, hit.pair.keyEnd);
  if (level?.level === 'operators') {
    const parsed = parseOperator(hit.pair.key);
    if (!parsed.operator) return undefined;
    const docsUrl = parsed.setPrefix ? SET_OPERATORS_DOCS_URL : parsed.ifExists ? IF_EXISTS_DOCS_URL : OPERATOR_FAMILY_DOCS[parsed.operator.family];
    return { range, reference: operatorReference(parsed), docsUrl, notes: operatorQuery(parsed) };
  }
  if (level?.level === 'keys') {
    const key = keys.lookup(hit.pair.key);
    if (!key) return undefined;
    return { range, reference: keyReference(key), docsUrl: key.docsUrl, notes: conditionKeyQuery(key.name) };
  }
  return undefined;
}

/**
 * A condition value (`"aws:kms"` of `s3:x-amz-server-side-encryption`): the key's reference with
 * the value, and the notes about the value first, then its key. The catalog has no entries for
 * values themselves, so the reference is the key's.
 */
function valueHover(doc: IacDocument, policy: DocNode, node: DocNode, keys: ConditionKeyCatalog): HoverInfo | undefined {
  const value = scalarText(node);
  if (value === undefined || value.trim() === '') return undefined;
  const level = conditionLevel(pathOf(node).slice(pathOf(policy).length));
  const key = level?.level === 'values' && level.key !== undefined ? keys.lookup(level.key) : undefined;
  if (!key) return undefined;
  const reference = `\`${key.name}: ${value}\`\n\n${keyReference(key)}`;
  return { range: doc.rangeOf(node.start, node.end), reference, docsUrl: key.docsUrl, notes: conditionValueQuery(key.name, value, level?.operator) };
}
