import type { PathSegment } from '../cursor';
import { scalarText, valueOf, type DocNode, type MappingNode, type Pair } from '../nodes';

/** One `"Operator": { "key": value }` entry of a statement's Condition block. */
export interface ConditionEntry {
  readonly operator: Pair;
  /** The key pairs under the operator (empty when the operator's value is not a mapping). */
  readonly keys: readonly Pair[];
  readonly statement: MappingNode;
}

/** The statements of a policy document: `Statement` is one statement or a list of them. */
export function statementsOf(policy: DocNode | undefined): MappingNode[] {
  const statement = valueOf(policy, 'Statement');
  if (statement?.kind === 'mapping') return [statement];
  if (statement?.kind === 'sequence') return statement.items.filter((item): item is MappingNode => item.kind === 'mapping');
  return [];
}

/** Every condition entry of a policy document. */
export function conditionEntries(policy: DocNode | undefined): ConditionEntry[] {
  const entries: ConditionEntry[] = [];
  for (const statement of statementsOf(policy)) {
    const condition = valueOf(statement, 'Condition');
    if (condition?.kind !== 'mapping' || condition.tag) continue;
    for (const operator of condition.pairs) {
      entries.push({ operator, keys: operator.value.kind === 'mapping' && !operator.value.tag ? operator.value.pairs : [], statement });
    }
  }
  return entries;
}

/** The service prefixes of a statement's actions (`s3:GetObject` → `s3`), to rank condition keys. */
export function actionPrefixes(statement: DocNode | undefined): string[] {
  const action = valueOf(statement, 'Action') ?? valueOf(statement, 'NotAction');
  const actions = action?.kind === 'sequence' ? action.items : action ? [action] : [];
  const prefixes = new Set<string>();
  for (const item of actions) {
    const text = scalarText(item);
    const colon = text?.indexOf(':') ?? -1;
    if (text && colon > 0) prefixes.add(text.slice(0, colon).toLowerCase());
  }
  return [...prefixes];
}

/**
 * Where a path (relative to the policy document) points inside a Condition block:
 * `['Statement', 0, 'Condition']` → the operators level; one more segment → the keys of an operator.
 */
export function conditionLevel(path: readonly PathSegment[]): { level: 'operators' | 'keys' | 'values'; statementPath: PathSegment[]; operator?: string; key?: string } | undefined {
  if (path[0] !== 'Statement') return undefined;
  const statementLength = typeof path[1] === 'number' ? 2 : 1;
  if (path[statementLength] !== 'Condition') return undefined;
  const rest = path.slice(statementLength + 1);
  const statementPath = path.slice(0, statementLength) as PathSegment[];
  if (rest.length === 0) return { level: 'operators', statementPath };
  if (rest.length === 1) return { level: 'keys', statementPath, operator: String(rest[0]) };
  return { level: 'values', statementPath, operator: String(rest[0]), key: String(rest[1]) };
}
