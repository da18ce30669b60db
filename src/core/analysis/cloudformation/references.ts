import { scalarText, type DocNode } from '../nodes';
import { intrinsicOf, subVariables, walk } from './intrinsics';

/** A name a template points at through `Ref`, `Fn::GetAtt` or a `${…}` of `Fn::Sub`. */
export interface TemplateReference {
  readonly via: 'Ref' | 'Fn::GetAtt' | 'Fn::Sub';
  /** The logical ID (for GetAtt and `${A.B}`, the part before the first dot). */
  readonly logicalId: string;
  /** The attribute, for GetAtt and `${A.B}`. */
  readonly attribute?: string;
  /** Offsets of the written logical ID. */
  readonly start: number;
  readonly end: number;
}

/** Offset where a scalar's text begins, past an opening quote. */
function textStart(source: string, node: DocNode): number {
  return /^["']/.test(source[node.start] ?? '') ? node.start + 1 : node.start;
}

function getAttReference(source: string, argument: DocNode): TemplateReference | undefined {
  const first = argument.kind === 'sequence' ? argument.items[0] : argument;
  const written = first && scalarText(first);
  if (!first || written === undefined) return undefined;
  const dot = written.indexOf('.');
  const logicalId = dot < 0 || argument.kind === 'sequence' ? written : written.slice(0, dot);
  const attributeNode = argument.kind === 'sequence' ? argument.items[1] : undefined;
  const attribute = attributeNode ? scalarText(attributeNode) : dot < 0 ? undefined : written.slice(dot + 1);
  const start = textStart(source, first);
  return { via: 'Fn::GetAtt', logicalId, attribute, start, end: start + logicalId.length };
}

function subReferences(source: string, argument: DocNode): TemplateReference[] {
  const template = argument.kind === 'sequence' ? argument.items[0] : argument;
  if (!template || template.kind !== 'scalar') return [];
  const variableMap = argument.kind === 'sequence' ? argument.items[1] : undefined;
  const mapped = new Set(variableMap?.kind === 'mapping' ? variableMap.pairs.map((pair) => pair.key) : []);
  return subVariables(source, template)
    .filter((variable) => !mapped.has(variable.name))
    .map((variable) => {
      const dot = variable.name.indexOf('.');
      const logicalId = dot < 0 ? variable.name : variable.name.slice(0, dot);
      const start = variable.start + 2;
      return { via: 'Fn::Sub' as const, logicalId, attribute: dot < 0 ? undefined : variable.name.slice(dot + 1), start, end: start + logicalId.length };
    });
}

/** Every Ref / GetAtt / Sub reference in a subtree whose target is written literally. */
export function collectReferences(source: string, root: DocNode | undefined): TemplateReference[] {
  const references: TemplateReference[] = [];
  for (const node of walk(root)) {
    const call = intrinsicOf(node);
    if (!call) continue;
    if (call.name === 'Ref' && call.argument.kind === 'scalar') {
      const logicalId = scalarText(call.argument);
      if (logicalId === undefined) continue;
      const start = textStart(source, call.argument);
      references.push({ via: 'Ref', logicalId, start, end: start + logicalId.length });
    } else if (call.name === 'Fn::GetAtt') {
      const reference = getAttReference(source, call.argument);
      if (reference) references.push(reference);
    } else if (call.name === 'Fn::Sub') {
      references.push(...subReferences(source, call.argument));
    }
  }
  return references;
}
