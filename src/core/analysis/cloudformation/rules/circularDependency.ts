import { valueOf, scalarText } from '../../nodes';
import type { AnalysisDiagnostic } from '../../types';
import { CFN_SPEC_RULES } from '../cfnSpecRules.data';
import { collectReferences } from '../references';
import { finding, type TemplateRule } from './ruleContext';

/** What each resource depends on: its DependsOn targets and the resources its entry refers to. */
function dependencies(context: Parameters<TemplateRule>[0]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  const { model, doc } = context;
  for (const [id, resource] of model.resources) {
    const targets = new Set<string>();
    const dependsOn = valueOf(resource.pair.value, 'DependsOn');
    for (const target of dependsOn?.kind === 'sequence' ? dependsOn.items : dependsOn ? [dependsOn] : []) {
      const name = scalarText(target);
      if (name !== undefined) targets.add(name);
    }
    for (const reference of collectReferences(doc.text, resource.pair.value)) targets.add(reference.logicalId);
    graph.set(id, new Set([...targets].filter((target) => model.resources.has(target))));
  }
  return graph;
}

/**
 * Resources on a dependency cycle: the members of strongly connected components of more than one
 * resource, and resources referring to themselves (Tarjan's algorithm; its recursion is as deep
 * as the longest dependency chain).
 */
function resourcesOnCycles(graph: Map<string, Set<string>>): Set<string> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cyclic = new Set<string>();
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    for (let member = stack.pop()!; ; member = stack.pop()!) {
      onStack.delete(member);
      component.push(member);
      if (member === node) break;
    }
    if (component.length > 1 || graph.get(node)?.has(node)) component.forEach((member) => cyclic.add(member));
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cyclic;
}

export const checkCircularDependencies: TemplateRule = (context) => {
  if (context.model.openWorld) return [];
  const graph = dependencies(context);
  const out: AnalysisDiagnostic[] = [];
  const cyclic = resourcesOnCycles(graph);
  for (const id of cyclic) {
    const pair = context.model.resources.get(id)!.pair;
    const on = [...graph.get(id)!].filter((target) => cyclic.has(target)).join(', ');
    out.push(finding(context, CFN_SPEC_RULES.circularDependency, pair.keyStart, pair.keyEnd, `Resource "${id}" is on a circular dependency (it depends on ${on}).`));
  }
  return out;
};
