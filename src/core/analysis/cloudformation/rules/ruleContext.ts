import { diagnosticAt } from '../../diagnostic';
import type { IacDocument } from '../../document';
import type { DocNode, MappingNode } from '../../nodes';
import type { AnalysisDiagnostic } from '../../types';
import type { ResourceTypeCatalog } from '../../../catalog/cloudformation/resourceTypeCatalog';
import type { RuleInfo } from '../../ruleInfo';
import type { TemplateModel } from '../templateModel';

/** What a template rule reads, and where it reports. */
export interface RuleContext {
  readonly doc: IacDocument;
  readonly model: TemplateModel;
  /** The resource specification, when loaded (rules that need it do nothing without it). */
  readonly catalog: ResourceTypeCatalog | undefined;
}

/** A check of the whole template. */
export type TemplateRule = (context: RuleContext) => AnalysisDiagnostic[];

/** A finding of `rule` over document offsets. */
export function finding(context: RuleContext, rule: RuleInfo, start: number, end: number, message: string): AnalysisDiagnostic {
  return diagnosticAt(context.doc, start, end, rule.severity, message, rule.id);
}

/** A finding on a node's text (or its tag, for a tagged empty node). */
export function findingOn(context: RuleContext, rule: RuleInfo, node: DocNode, message: string): AnalysisDiagnostic {
  const start = node.tagStart ?? node.start;
  return finding(context, rule, start, Math.max(node.end, start + 1), message);
}

/** A short, one-line rendering of a literal for messages. */
export function shown(node: DocNode): string {
  if (node.kind === 'mapping') return 'a mapping';
  if (node.kind === 'sequence') return 'a list';
  const text = JSON.stringify(node.value);
  return text.length > 40 ? `${text.slice(0, 39)}…"` : text;
}

/**
 * Whether a mapping's keys are not all written: an `Fn::Transform` (AWS::Include) or an
 * `Fn::ForEach` loop inside it adds keys we cannot see.
 */
export function hasGeneratedKeys(mapping: MappingNode): boolean {
  return mapping.pairs.some((pair) => pair.key === 'Fn::Transform' || pair.key.startsWith('Fn::ForEach::'));
}
