import { pairOf, valueOf } from '../../nodes';
import type { AnalysisDiagnostic } from '../../types';
import { CFN_SPEC_RULES } from '../cfnSpecRules.data';
import { finding, type TemplateRule } from './ruleContext';

/**
 * What a module resource (`organization::service::usecase::MODULE`) should not carry: the module
 * resolves into the resources of its template fragment, and tags given at the stack level are the
 * ones CloudFormation assigns to those resources (modules.html, "Considerations when using
 * modules"). The page does not say that CloudFormation rejects a CreationPolicy, an UpdatePolicy,
 * Tags or the `AWS::CloudFormation::Module` metadata key on a module, cfn-lint does (E5001): hence
 * a warning, not an error.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/modules.html
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
      if (pair) out.push(finding(context, CFN_SPEC_RULES.moduleEntry, pair.keyStart, pair.keyEnd, `${key} on a module ("${id}" is ${resource.type}) has nothing to apply to: the module resolves into the resources of its fragment, where such policies go (cfn-lint rejects it: E5001).`));
    }
    const properties = valueOf(entry, 'Properties');
    const tags = properties?.kind === 'mapping' ? pairOf(properties, 'Tags') : undefined;
    if (tags) out.push(finding(context, CFN_SPEC_RULES.moduleEntry, tags.keyStart, tags.keyEnd, `Tags on a module ("${id}" is ${resource.type}): tag the stack instead, CloudFormation assigns its tags to the resources the module resolves into (cfn-lint rejects Tags here: E5001).`));
    const metadata = valueOf(entry, 'Metadata');
    const reserved = metadata?.kind === 'mapping' ? pairOf(metadata, RESERVED_METADATA_KEY) : undefined;
    if (reserved) {
      out.push(finding(context, CFN_SPEC_RULES.moduleEntry, reserved.keyStart, reserved.keyEnd, `The Metadata key ${RESERVED_METADATA_KEY} on a module is reserved, as cfn-lint reads it (E5001).`));
    }
  }
  return out;
};
