import { analyzerFor, type FamilyAnalyzer } from '../analyzer';
import { nodeAtPath, pathAt } from '../cursor';
import type { IacDocument } from '../document';
import type { DocNode } from '../nodes';
import type { AnalysisDiagnostic, LintContext, Position } from '../types';
import { resourceTypes } from '../../catalog/cloudformation/resourceTypeCatalog';
import { completeTemplate } from './cfnComplete';
import { hoverTemplate } from './cfnHover';
import { lintTemplate } from './cfnLint';
import { policyDocumentAround, policyDocuments } from './policyDocuments';

/**
 * The policy document under a position, handed to the IAM analyzer. Found by path, so that a key
 * being typed on an empty line of a Condition block (no node there yet) still counts.
 */
function policyAt(doc: IacDocument, offset: number): DocNode | undefined {
  const path = pathAt(doc, offset)?.path ?? [];
  // The deepest node the path reaches; the policy around it is around every shorter prefix too.
  let deepest: DocNode | undefined;
  for (const segment of path) {
    const next = nodeAtPath(deepest ?? doc.root, [segment]);
    if (!next) break;
    deepest = next;
  }
  return deepest && policyDocumentAround(deepest);
}

/**
 * CloudFormation templates (YAML or JSON, SAM included). Policy documents inside resources
 * (PolicyDocument, AssumeRolePolicyDocument, KeyPolicy) are delegated to the IAM analyzer.
 * With a `scope` (a template fragment embedded in another family's file, e.g. .ebextensions
 * Resources), the template-level checks (sections, format version) are skipped.
 */
export const cloudFormationAnalyzer: FamilyAnalyzer = {
  family: 'cloudformation',

  hover(doc: IacDocument, position: Position, scope?: DocNode) {
    const root = scope ?? doc.root;
    const offset = doc.offsetAt(position);
    const policy = policyAt(doc, offset);
    // Inside a policy document the IAM analyzer speaks first; intrinsics there (!GetAtt …) are ours.
    const fromPolicy = policy ? analyzerFor('iam-policy')?.hover(doc, position, policy) : undefined;
    return fromPolicy ?? hoverTemplate(doc, root, offset, resourceTypes.current());
  },

  complete(doc: IacDocument, position: Position, scope?: DocNode) {
    const root = scope ?? doc.root;
    const offset = doc.offsetAt(position);
    const policy = policyAt(doc, offset);
    const fromPolicy = policy ? (analyzerFor('iam-policy')?.complete(doc, position, policy) ?? []) : [];
    return fromPolicy.length > 0 ? fromPolicy : completeTemplate(doc, root, offset, resourceTypes.current());
  },

  async lint(doc: IacDocument, context: LintContext, scope?: DocNode) {
    const root = scope ?? doc.root;
    const types = await resourceTypes.load();
    // The host may have moved on while the catalog loaded, or between the policies of a big template.
    if (context.isCancelled?.()) return [];
    const problems: AnalysisDiagnostic[] = lintTemplate(doc, root, types, { templateLevel: scope === undefined });
    const iam = analyzerFor('iam-policy');
    for (const policy of iam ? policyDocuments(root) : []) {
      if (context.isCancelled?.()) return [];
      problems.push(...(await iam!.lint(doc, context, policy)));
    }
    return problems;
  },
};
