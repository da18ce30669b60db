import type { ConditionKey } from '../../catalog/iam/conditionKeyCatalog';
import { IF_EXISTS_NOTE, SET_OPERATOR_NOTES, type ParsedOperator } from '../../catalog/iam/conditionOperators';

/** The reference part of IAM condition hovers and completion documentation, as markdown. */
const code = (text: string): string => '`' + text + '`';

export function operatorReference(parsed: ParsedOperator): string {
  const operator = parsed.operator!;
  const lines = [`**${parsed.written}** — IAM condition operator (${operator.family} family)`, '', operator.summary];
  if (parsed.ifExists) lines.push('', IF_EXISTS_NOTE);
  if (parsed.setPrefix) lines.push('', `**${parsed.setPrefix}:** ${SET_OPERATOR_NOTES[parsed.setPrefix]}`);
  for (const pitfall of operator.pitfalls ?? []) lines.push('', `⚠ ${pitfall}`);
  return lines.join('\n');
}

export function keyReference(key: ConditionKey): string {
  const valued = key.multivalued ? 'multivalued (use `ForAllValues:` / `ForAnyValue:`)' : 'single-valued';
  const lines = [`**${key.name}** — condition key, ${key.serviceName}`, '', `Type: ${key.types.map(code).join(' or ')} · ${valued}`];
  if (key.description) lines.push('', key.description);
  return lines.join('\n');
}
