import type { IacDocument } from './document';
import { scalarText, valueOf, type DocNode } from './nodes';
import type { FileFamily } from './types';

/**
 * Which family a document belongs to, from its name first and its content second:
 * - `appspec.yml` / `appspec.yaml` / `appspec.json` → CodeDeploy AppSpec;
 * - any file under a `.ebextensions/` folder → Elastic Beanstalk configuration;
 * - `AWSTemplateFormatVersion`, a SAM `Transform`, or a `Resources` map whose entries have
 *   `Type: AWS::…` (or `Custom::…`, or a registry module `Org::Service::Name::MODULE`) → CloudFormation;
 * - a top-level `Version` + `Statement` → a standalone IAM policy.
 * Anything else is not ours (undefined): no hovers, no diagnostics.
 */
export function detectFamily(fileName: string, doc: IacDocument): FileFamily | undefined {
  return familyOfName(fileName) ?? familyOfContent(doc.root);
}

/** The family a file's name alone gives (appspec, .ebextensions), before its content is read. */
export function familyOfName(fileName: string): FileFamily | undefined {
  const path = fileName.replace(/\\/g, '/');
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (/^appspec\.(ya?ml|json)$/i.test(base)) return 'appspec';
  if (/(^|\/)\.ebextensions\/[^/]+$/.test(path)) return 'ebextensions';
  return undefined;
}

/**
 * Whether a document can be one of ours at all, without parsing it: named like one, or with a
 * word that the content rules below need. Lets every other YAML and JSON file (typed in, keystroke
 * after keystroke) skip the parse.
 */
export function mayBeIac(fileName: string, text: string): boolean {
  return familyOfName(fileName) !== undefined || /AWSTemplateFormatVersion|AWS::|Custom::|Alexa::|::MODULE|Statement/.test(text);
}

/** The resource types that tell a template: AWS's, custom resources, and registry modules. */
const RESOURCE_TYPE = /^((AWS|Custom|Alexa)::|[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+::MODULE$)/;

function familyOfContent(root: DocNode | undefined): FileFamily | undefined {
  if (root?.kind !== 'mapping') return undefined;
  if (valueOf(root, 'AWSTemplateFormatVersion') || isSamTransform(valueOf(root, 'Transform'))) return 'cloudformation';
  const resources = valueOf(root, 'Resources');
  if (resources?.kind === 'mapping' && resources.pairs.some((pair) => RESOURCE_TYPE.test(scalarText(valueOf(pair.value, 'Type')) ?? ''))) {
    return 'cloudformation';
  }
  if (valueOf(root, 'Statement') && (valueOf(root, 'Version') || valueOf(root, 'Id'))) return 'iam-policy';
  return undefined;
}

function isSamTransform(node: DocNode | undefined): boolean {
  if (node?.kind === 'sequence') return node.items.some(isSamTransform);
  return /^AWS::Serverless/.test(scalarText(node) ?? '');
}
