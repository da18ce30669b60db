import type { FamilyAnalyzer } from '../analyzer';
import type { IacDocument } from '../document';
import type { DocNode } from '../nodes';
import type { LintContext, Position } from '../types';
import { GLOBAL_ONLY, conditionKeys } from '../../catalog/iam/conditionKeyCatalog';
import { completePolicy } from './iamComplete';
import { hoverPolicy } from './iamHover';
import { lintPolicy } from './iamLint';

/**
 * IAM policy documents: a standalone policy file, or (with `scope`) a policy document inside a
 * CloudFormation template. Answers about Condition blocks: operators and condition keys.
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
    return lintPolicy(doc, scope ?? doc.root, (await conditionKeys.load()) ?? GLOBAL_ONLY);
  },
};
