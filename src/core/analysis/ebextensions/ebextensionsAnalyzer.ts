import { analyzerFor, type FamilyAnalyzer } from '../analyzer';
import { pathAt } from '../cursor';
import type { IacDocument } from '../document';
import type { NotesQuery, Position } from '../types';
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

/**
 * A resource of a configuration file is one of the environment's ("use the Resources key … to create
 * and customize AWS resources in your environment",
 * https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/environment-resources.html): the notes on
 * Elastic Beanstalk ("Can integrate with HTTPS" for a listener's certificate) are about it too,
 * where its name is distinctive (the ranking decides: `WITHIN_RARITY`).
 */
function withinEnvironment<T extends { readonly notes?: NotesQuery }>(item: T): T {
  return item.notes ? { ...item, notes: { ...item.notes, within: 'Elastic Beanstalk' } } : item;
}

/** Elastic Beanstalk configuration files: any file under a `.ebextensions/` folder. */
export const ebextensionsAnalyzer: FamilyAnalyzer = {
  family: 'ebextensions',
  hover: (doc, position) => {
    const cloudFormation = cloudFormationPart(doc, position);
    const hover = cloudFormation ? cloudFormation.hover(doc, position, doc.root) : ebextensionsHover(doc, position);
    return cloudFormation && hover ? withinEnvironment(hover) : hover;
  },
  complete: (doc, position) => {
    const cloudFormation = cloudFormationPart(doc, position);
    return cloudFormation ? cloudFormation.complete(doc, position, doc.root).map(withinEnvironment) : ebextensionsCompletions(doc, position);
  },
  lint: ebextensionsLint,
};
