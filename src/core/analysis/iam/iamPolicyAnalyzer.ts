import type { FamilyAnalyzer } from '../analyzer';
import type { IacDocument } from '../document';
import type { DocNode } from '../nodes';
import type { LintContext, Position } from '../types';
import { GLOBAL_ONLY, conditionKeys } from '../../catalog/iam/conditionKeyCatalog';
import { completePolicy } from './iamComplete';
import { hoverPolicy } from './iamHover';
import { lintPolicy } from './iamLint';
import { lintPolicyStructure } from './iamStructure';
import { kindInTemplate, kindOfDocument } from './policyKind';

/**
 * IAM policy documents: a standalone policy file, or (with `scope`) a policy document inside a
 * CloudFormation template. Answers about Condition blocks (operators and condition keys) and
 * checks the policy's structure for its kind (policyKind.ts).
 * Until the service key file is loaded only the global `aws:*` keys are known, and keys of other
 * prefixes are not judged.
 */
export const iamPolicyAnalyzer: FamilyAnalyzer = {
  family: 'iam-policy',

  hover(doc: IacDocument, position: Position, scope?: DocNode) {
    return hoverPolicy(doc, scope ?? doc.root, doc.offsetAt(position), conditionKeys.current() ?? GLOBAL_ONLY);
  },

  complete(doc: IacDocument, position: Position, scope?: DocNode) {
    return completePolicy(doc, scope ?? doc.root, doc.offsetAt(position), conditionKeys.current() ?? GLOBAL_ONLY);
  },

  async lint(doc: IacDocument, _context: LintContext, scope?: DocNode) {
    const policy = scope ?? doc.root;
    const kind = scope ? kindInTemplate(scope) : kindOfDocument(doc.root);
    return [...lintPolicyStructure(doc, policy, kind), ...lintPolicy(doc, policy, (await conditionKeys.load()) ?? GLOBAL_ONLY)];
  },
};
