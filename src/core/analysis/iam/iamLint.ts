import { diagnosticOnKey } from '../diagnostic';
import { closestMatch } from '../didYouMean';
import type { IacDocument } from '../document';
import type { DocNode, Pair } from '../nodes';
import type { AnalysisDiagnostic } from '../types';
import { prefixOfKey, type ConditionKey, type ConditionKeyCatalog } from '../../catalog/iam/conditionKeyCatalog';
import { CONDITION_OPERATORS, FAMILIES_FOR_TYPE, SUGGESTED_OPERATOR, parseOperator, type ParsedOperator } from '../../catalog/iam/conditionOperators';
import { conditionEntries } from './policyModel';

/** Every spelling of an operator, for "did you mean": base, …IfExists, and with each set prefix. */
const OPERATOR_SPELLINGS: readonly string[] = CONDITION_OPERATORS.flatMap((op) => {
  const names = op.family === 'Null' ? [op.name] : [op.name, `${op.name}IfExists`];
  return [...names, ...names.map((n) => `ForAllValues:${n}`), ...names.map((n) => `ForAnyValue:${n}`)];
});

function diagnostic(doc: IacDocument, pair: Pair, code: string, message: string, severity: AnalysisDiagnostic['severity']): AnalysisDiagnostic {
  return diagnosticOnKey(doc, pair, severity, message, `iam/${code}`);
}

/** The same operator with another base: keeps the set prefix and IfExists as written. */
function withBase(parsed: ParsedOperator, base: string, keepPrefix = true): string {
  return `${keepPrefix && parsed.setPrefix ? `${parsed.setPrefix}:` : ''}${base}${parsed.ifExists && base !== 'Null' ? 'IfExists' : ''}`;
}

function lintKeyAgainstOperator(doc: IacDocument, parsed: ParsedOperator, keyPair: Pair, key: ConditionKey): AnalysisDiagnostic[] {
  const operator = parsed.operator!;
  if (operator.family === 'Null') return [];
  const problems: AnalysisDiagnostic[] = [];
  const fits = key.types.some((type) => FAMILIES_FOR_TYPE[type].includes(operator.family));
  if (!fits) {
    const suggestion = withBase(parsed, SUGGESTED_OPERATOR[key.types[0]]);
    problems.push(
      diagnostic(
        doc,
        keyPair,
        'operator-type-mismatch',
        `"${parsed.written}" is a ${operator.family} operator but ${key.name} is ${key.types.join('/')}: use "${suggestion}".`,
        'warning',
      ),
    );
  }
  if (parsed.setPrefix && !key.multivalued) {
    problems.push(
      diagnostic(
        doc,
        keyPair,
        'set-operator-on-single-valued-key',
        `${parsed.setPrefix}: is for multivalued keys, and ${key.name} is single-valued: use "${withBase(parsed, operator.name, false)}".` +
          (parsed.setPrefix === 'ForAllValues' ? ' ForAllValues is also true when the key is absent, which can grant more than intended.' : ''),
        'warning',
      ),
    );
  }
  if (!parsed.setPrefix && key.multivalued) {
    problems.push(
      diagnostic(
        doc,
        keyPair,
        'plain-operator-on-multivalued-key',
        `${key.name} is multivalued: use "ForAllValues:${parsed.written}" (every value must match) or "ForAnyValue:${parsed.written}" (at least one must).`,
        'warning',
      ),
    );
  }
  return problems;
}

function lintUnknownKey(doc: IacDocument, keyPair: Pair, keys: ConditionKeyCatalog): AnalysisDiagnostic[] {
  const prefix = prefixOfKey(keyPair.key);
  // Keys of unknown prefixes (OIDC providers such as oidc.eks.…:sub, new services) are not ours to judge.
  if (!prefix || !keys.knowsPrefix(prefix)) return [];
  const match = closestMatch(keyPair.key, keys.keysOf(prefix).map((k) => k.name));
  return [diagnostic(doc, keyPair, 'unknown-condition-key', `Unknown condition key "${keyPair.key}".${match ? ` Did you mean "${match}"?` : ''}`, 'warning')];
}

/** The Condition blocks' diagnostics of one policy document (`policy` is its root mapping). */
export function lintPolicy(doc: IacDocument, policy: DocNode | undefined, keys: ConditionKeyCatalog): AnalysisDiagnostic[] {
  const problems: AnalysisDiagnostic[] = [];
  for (const entry of conditionEntries(policy)) {
    const parsed = parseOperator(entry.operator.key);
    if (!parsed.operator) {
      const match = closestMatch(entry.operator.key, OPERATOR_SPELLINGS);
      problems.push(
        diagnostic(doc, entry.operator, 'unknown-operator', `Unknown condition operator "${entry.operator.key}".${match ? ` Did you mean "${match}"?` : ''}`, 'error'),
      );
      continue;
    }
    for (const keyPair of entry.keys) {
      const key = keys.lookup(keyPair.key);
      problems.push(...(key ? lintKeyAgainstOperator(doc, parsed, keyPair, key) : lintUnknownKey(doc, keyPair, keys)));
    }
  }
  return problems;
}
