import { nodeAt } from '../cursor';
import type { IacDocument } from '../document';
import { pathOf, type DocNode } from '../nodes';
import type { HoverInfo } from '../types';
import { prefixOfKey, type ConditionKeyCatalog } from '../../catalog/iam/conditionKeyCatalog';
import { IF_EXISTS_DOCS_URL, OPERATOR_FAMILY_DOCS, SET_OPERATORS_DOCS_URL, parseOperator } from '../../catalog/iam/conditionOperators';
import { serviceOfIamPrefix } from '../../notes/serviceAliases';
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
    return { range, reference: operatorReference(parsed), docsUrl, notes: { service: 'IAM', terms: [...new Set([parsed.written, parsed.operator.name])] } };
  }
  if (level?.level === 'keys') {
    const key = keys.lookup(hit.pair.key);
    if (!key) return undefined;
    const service = serviceOfIamPrefix(prefixOfKey(key.name)) ?? 'IAM';
    return { range, reference: keyReference(key), docsUrl: key.docsUrl, notes: { service, terms: [key.name] } };
  }
  return undefined;
}
