import { nodeAt } from '../cursor';
import type { IacDocument } from '../document';
import { pathOf, type DocNode } from '../nodes';
import type { HoverInfo } from '../types';
import type { ConditionKeyCatalog } from '../../catalog/iam/conditionKeyCatalog';
import { IF_EXISTS_DOCS_URL, OPERATOR_FAMILY_DOCS, SET_OPERATORS_DOCS_URL, parseOperator } from '../../catalog/iam/conditionOperators';
import { conditionKeyQuery, operatorQuery } from '../notesQueries';
import { keyReference, operatorReference } from './iamReference';
import { conditionLevel } from './policyModel';

/** The IAM hover at `offset` inside the policy document `policy`: an operator or a condition key. */
export function hoverPolicy(doc: IacDocument, policy: DocNode | undefined, offset: number, keys: ConditionKeyCatalog): HoverInfo | undefined {
  const hit = nodeAt(policy, offset);
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
