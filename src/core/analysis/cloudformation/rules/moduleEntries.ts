import { pairOf, valueOf } from '../../nodes';
import type { AnalysisDiagnostic } from '../../types';
import { CFN_SPEC_RULES } from '../cfnSpecRules.data';
import { finding, type TemplateRule } from './ruleContext';

/**
 * What a module resource (`Org::Service::Name::MODULE`) may not carry: the module expands into the
 * resources of its template fragment, so resource policies and Tags have nothing to apply to, and
 * CloudFormation writes the `AWS::CloudFormation::Module` metadata key itself on the resources it
 * expands to (TypeHierarchy, LogicalIdHierarchy). The same checks as cfn-lint's E5001.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/modules.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ModuleInfo.html
 */
const NOT_ON_MODULES = ['CreationPolicy', 'UpdatePolicy'] as const;
const RESERVED_METADATA_KEY = 'AWS::CloudFormation::Module';

export const checkModuleEntries: TemplateRule = (context) => {
  const out: AnalysisDiagnostic[] = [];
  for (const [id, resource] of context.model.resources) {
    const entry = resource.pair.value;
    if (entry.kind !== 'mapping' || !resource.type?.endsWith('::MODULE')) continue;
    for (const key of NOT_ON_MODULES) {
      const pair = pairOf(entry, key);
      if (pair) out.push(finding(context, CFN_SPEC_RULES.moduleEntry, pair.keyStart, pair.keyEnd, `${key} is not permitted on a module ("${id}" is ${resource.type}).`));
    }
    const properties = valueOf(entry, 'Properties');
    const tags = properties?.kind === 'mapping' ? pairOf(properties, 'Tags') : undefined;
    if (tags) out.push(finding(context, CFN_SPEC_RULES.moduleEntry, tags.keyStart, tags.keyEnd, `Tags is not permitted on a module ("${id}" is ${resource.type}).`));
    const metadata = valueOf(entry, 'Metadata');
    const reserved = metadata?.kind === 'mapping' ? pairOf(metadata, RESERVED_METADATA_KEY) : undefined;
    if (reserved) {
      out.push(finding(context, CFN_SPEC_RULES.moduleEntry, reserved.keyStart, reserved.keyEnd, `The Metadata key ${RESERVED_METADATA_KEY} is reserved: CloudFormation writes it on the resources a module expands to.`));
    }
  }
  return out;
};
