import { diagnosticAt, printable } from '../diagnostic';
import { closestMatch, didYouMean } from '../didYouMean';
import type { IacDocument } from '../document';
import { pairOf, scalarText, valueOf, type DocNode } from '../nodes';
import type { AnalysisDiagnostic } from '../types';
import { TEMPLATE_FORMAT_VERSION, TEMPLATE_SECTIONS } from '../../catalog/cloudformation/templateSections';
import { pseudoParameter } from '../../catalog/cloudformation/pseudoParameters';
import type { ResourceTypeCatalog } from '../../catalog/cloudformation/resourceTypeCatalog';
import { isLoopVariable, loopScopes } from './forEachScopes';
import { collectReferences } from './references';
import { lintWithSpecRules } from './rules/allRules';
import { samGenerates, templateModel, type TemplateModel } from './templateModel';

/**
 * Top-level keys valid only with a transform: SAM's `Globals`, and `Hooks` of the
 * AWS::CodeDeployBlueGreen transform.
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-template-anatomy-globals.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/blue-green.html
 */
const TRANSFORM_SECTIONS = ['Globals', 'Hooks'];
const SECTION_NAMES = TEMPLATE_SECTIONS.map((section) => section.name);

function diagnostic(doc: IacDocument, start: number, end: number, code: string, message: string): AnalysisDiagnostic {
  return diagnosticAt(doc, start, end, 'error', message, `cloudformation/${code}`);
}

function lintSections(doc: IacDocument, model: TemplateModel): AnalysisDiagnostic[] {
  const problems: AnalysisDiagnostic[] = [];
  const allowed = model.transforms.length > 0 ? [...SECTION_NAMES, ...TRANSFORM_SECTIONS] : SECTION_NAMES;
  for (const pair of model.root.pairs) {
    if (allowed.includes(pair.key)) continue;
    problems.push(
      diagnostic(doc, pair.keyStart, pair.keyEnd, 'unknown-section', `Unknown template section "${printable(pair.key)}".${didYouMean(pair.key, allowed)}`),
    );
  }
  if (!pairOf(model.root, 'Resources')) {
    const first = model.root.pairs[0];
    problems.push(
      diagnostic(doc, first?.keyStart ?? 0, first?.keyEnd ?? 0, 'missing-resources', 'The template has no "Resources" section: it is the only required section.'),
    );
  }
  const version = pairOf(model.root, 'AWSTemplateFormatVersion');
  if (version && scalarText(version.value) !== TEMPLATE_FORMAT_VERSION) {
    const node = version.value;
    problems.push(
      diagnostic(
        doc,
        node.start === node.end ? version.keyStart : node.start,
        node.start === node.end ? version.keyEnd : node.end,
        'format-version',
        `AWSTemplateFormatVersion must be "${TEMPLATE_FORMAT_VERSION}" (the only version there is), as a literal string.`,
      ),
    );
  }
  return problems;
}

function lintReferences(doc: IacDocument, model: TemplateModel): AnalysisDiagnostic[] {
  if (model.openWorld) return [];
  const problems: AnalysisDiagnostic[] = [];
  const resourceIds = [...model.resources.keys()];
  const refTargets = [...model.parameters.keys(), ...resourceIds];
  const loops = loopScopes(model.root);
  for (const reference of collectReferences(doc.text, model.root)) {
    const id = reference.logicalId;
    if (pseudoParameter(id) || samGenerates(model, id) || isLoopVariable(loops, id, reference.start)) continue;
    if (reference.via === 'Fn::GetAtt') {
      if (model.resources.has(id)) continue;
      const what = model.parameters.has(id) ? `"${id}" is a parameter: Fn::GetAtt takes a resource (use Ref for parameters).` : `No resource "${id}" in the template.${didYouMean(id, resourceIds)}`;
      problems.push(diagnostic(doc, reference.start, reference.end, 'undefined-reference', `Fn::GetAtt: ${what}`));
      continue;
    }
    if (reference.via === 'Fn::Sub' && reference.attribute !== undefined) {
      if (model.resources.has(id)) continue;
    } else if (model.parameters.has(id) || model.resources.has(id)) continue;
    problems.push(
      diagnostic(
        doc,
        reference.start,
        reference.end,
        'undefined-reference',
        `${reference.via}: no parameter or resource "${id}" in the template.${didYouMean(id, refTargets)}`,
      ),
    );
  }
  return problems;
}

/**
 * Types CloudFormation takes though they are not in the resource specification: custom resources,
 * and the `AWS::CDK::Metadata` resource the AWS CDK adds to every stack it synthesizes (its
 * version reporting).
 * https://github.com/aws/aws-cdk/blob/main/packages/aws-cdk-lib/core/lib/private/metadata-resource.ts
 */
const UNLISTED_TYPES = new Set(['AWS::CloudFormation::CustomResource', 'AWS::CDK::Metadata']);

/** Types we can judge: `AWS::Service::Resource` (and Alexa::ASK::Skill); modules, custom and third-party types are not in the spec. */
function isCheckableType(type: string): boolean {
  return /^(AWS|Alexa)::[A-Za-z0-9]+::[A-Za-z0-9]+$/.test(type) && !UNLISTED_TYPES.has(type);
}

function lintResourceTypes(doc: IacDocument, model: TemplateModel, catalog: ResourceTypeCatalog): AnalysisDiagnostic[] {
  const problems: AnalysisDiagnostic[] = [];
  let names: string[] | undefined;
  for (const [id, resource] of model.resources) {
    const typeNode: DocNode | undefined = valueOf(resource.pair.value, 'Type');
    const type = resource.type;
    if (!typeNode || type === undefined || typeNode.tag || !isCheckableType(type) || catalog.has(type)) continue;
    names ??= catalog.names();
    const match = closestMatch(type, names);
    problems.push(
      diagnostic(
        doc,
        typeNode.start,
        typeNode.end,
        'unknown-resource-type',
        `Unknown resource type "${type}" (resource "${id}").${match ? ` Did you mean "${match}"?` : ''}`,
      ),
    );
  }
  return problems;
}

/** The template's own diagnostics (policy documents inside it are linted by the IAM analyzer). */
export function lintTemplate(
  doc: IacDocument,
  root: DocNode | undefined,
  resourceTypes: ResourceTypeCatalog | undefined,
  options: { templateLevel: boolean },
): AnalysisDiagnostic[] {
  const model = templateModel(root);
  if (!model) return [];
  // A template that does not parse gets its syntax errors: the sections of a tree the parser had to
  // guess at (keys of a Metadata block read as sections) would only echo them.
  const parsed = !doc.syntaxProblems.some((problem) => !problem.warning);
  return [
    ...(options.templateLevel && parsed ? lintSections(doc, model) : []),
    ...lintReferences(doc, model),
    ...(resourceTypes ? lintResourceTypes(doc, model, resourceTypes) : []),
    ...lintWithSpecRules(doc, model, resourceTypes),
  ];
}
