import { analyzerFor, type FamilyAnalyzer } from '../analyzer';
import { pathAt } from '../cursor';
import type { IacDocument } from '../document';
import type { Position } from '../types';
import { ebextensionsCompletions } from './ebCompletion';
import { ebextensionsHover } from './ebHover';
import { ebextensionsLint } from './ebLint';

/**
 * `Resources` and `Outputs` of a configuration file are a CloudFormation fragment: hover and
 * completion there are the CloudFormation analyzer's, with the whole file as its scope. Its lint
 * is not asked: references to the resources Elastic Beanstalk generates (`AWSEBSecurityGroup` …)
 * would look undefined.
 */
function cloudFormationPart(doc: IacDocument, position: Position) {
  const top = pathAt(doc, doc.offsetAt(position))?.path[0];
  return top === 'Resources' || top === 'Outputs' ? analyzerFor('cloudformation') : undefined;
}

/** Elastic Beanstalk configuration files: any file under a `.ebextensions/` folder. */
export const ebextensionsAnalyzer: FamilyAnalyzer = {
  family: 'ebextensions',
  hover: (doc, position) => {
    const cloudFormation = cloudFormationPart(doc, position);
    return cloudFormation ? cloudFormation.hover(doc, position, doc.root) : ebextensionsHover(doc, position);
  },
  complete: (doc, position) => {
    const cloudFormation = cloudFormationPart(doc, position);
    return cloudFormation ? cloudFormation.complete(doc, position, doc.root) : ebextensionsCompletions(doc, position);
  },
  lint: ebextensionsLint,
};
