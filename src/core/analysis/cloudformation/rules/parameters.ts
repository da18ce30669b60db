import { pairOf, scalarText, valueOf, type DocNode, type MappingNode } from '../../nodes';
import type { AnalysisDiagnostic } from '../../types';
import { PARAMETER_TYPES } from '../../../catalog/cloudformation/parameterTypes';
import { didYouMean } from '../../didYouMean';
import { CFN_SPEC_RULES } from '../cfnSpecRules.data';
import { finding, findingOn, type TemplateRule } from './ruleContext';

/**
 * The AWS-specific parameter types are families: every `AWS::EC2::…::…` id type and
 * `AWS::Route53::HostedZone::Id`, alone or in `List<…>` (`List<String>` is accepted too, as by
 * CloudFormation and cfn-lint), and SSM parameter types wrapping a
 * plain or AWS-specific type.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html
 */
const AWS_SPECIFIC = /^(AWS::EC2::[A-Za-z]+::[A-Za-z]+|AWS::Route53::HostedZone::Id)$/;
const NAMES = PARAMETER_TYPES.map((type) => type.name);

function isParameterType(type: string): boolean {
  if (NAMES.includes(type)) return true;
  const list = /^List<(.+)>$/.exec(type);
  if (list) return AWS_SPECIFIC.test(list[1]) || list[1] === 'Number' || list[1] === 'String';
  if (AWS_SPECIFIC.test(type)) return true;
  const ssm = /^AWS::SSM::Parameter::Value<(.+)>$/.exec(type);
  return ssm !== null && (['String', 'List<String>', 'CommaDelimitedList'].includes(ssm[1]) || isParameterType(ssm[1]));
}

export const checkParameterTypes: TemplateRule = (context) => {
  const out: AnalysisDiagnostic[] = [];
  for (const [name, parameter] of context.model.parameters) {
    if (parameter.value.kind !== 'mapping') continue;
    const typePair = pairOf(parameter.value, 'Type');
    if (!typePair) {
      out.push(finding(context, CFN_SPEC_RULES.parameterType, parameter.keyStart, parameter.keyEnd, `Parameter "${name}" has no Type (String, Number, CommaDelimitedList …).`));
      continue;
    }
    const type = scalarText(typePair.value);
    if (type === undefined || typePair.value.tag || isParameterType(type)) continue;
    out.push(findingOn(context, CFN_SPEC_RULES.parameterType, typePair.value, `"${type}" is not a parameter type.${didYouMean(type, NAMES)}`));
  }
  return out;
};

function numberOf(node: DocNode | undefined): number | undefined {
  const text = scalarText(node);
  return text === undefined || text.trim() === '' || !Number.isFinite(Number(text)) ? undefined : Number(text);
}

/** What is wrong with a parameter's Default against its own constraints, if anything. */
function defaultProblem(parameter: MappingNode, value: string): string | undefined {
  const type = scalarText(valueOf(parameter, 'Type')) ?? '';
  // A list parameter's Default is comma-delimited: each part is held to the constraints.
  const parts = /List/.test(type) ? value.split(',').map((part) => part.trim()) : [value];
  const allowed = valueOf(parameter, 'AllowedValues');
  if (allowed?.kind === 'sequence' && !allowed.tag && allowed.items.every((item) => item.kind === 'scalar' && !item.tag)) {
    const values = allowed.items.map((item) => scalarText(item));
    if (!values.includes(value) && parts.some((part) => !values.includes(part))) return `is not one of its AllowedValues (${values.join(', ')})`;
  }
  const pattern = scalarText(valueOf(parameter, 'AllowedPattern'));
  if (pattern !== undefined) {
    let matcher: RegExp | undefined;
    try {
      matcher = new RegExp(`^(?:${pattern})$`, 'u');
    } catch {
      matcher = undefined; // a pattern JavaScript cannot read (Java syntax): not judged
    }
    if (matcher && parts.some((part) => !matcher.test(part))) return `does not match its AllowedPattern ${pattern}`;
  }
  const [minLength, maxLength] = [numberOf(valueOf(parameter, 'MinLength')), numberOf(valueOf(parameter, 'MaxLength'))];
  if (minLength !== undefined && value.length < minLength) return `is shorter than its MinLength ${minLength}`;
  if (maxLength !== undefined && value.length > maxLength) return `is longer than its MaxLength ${maxLength}`;
  const number = Number(value);
  const [minValue, maxValue] = [numberOf(valueOf(parameter, 'MinValue')), numberOf(valueOf(parameter, 'MaxValue'))];
  if (minValue !== undefined && Number.isFinite(number) && number < minValue) return `is below its MinValue ${minValue}`;
  if (maxValue !== undefined && Number.isFinite(number) && number > maxValue) return `is above its MaxValue ${maxValue}`;
  return undefined;
}

export const checkParameterDefaults: TemplateRule = (context) => {
  const out: AnalysisDiagnostic[] = [];
  for (const [name, parameter] of context.model.parameters) {
    const defaultNode = valueOf(parameter.value, 'Default');
    const value = defaultNode?.tag ? undefined : scalarText(defaultNode);
    if (parameter.value.kind !== 'mapping' || !defaultNode || value === undefined) continue;
    const problem = defaultProblem(parameter.value, value);
    if (problem) out.push(findingOn(context, CFN_SPEC_RULES.parameterDefault, defaultNode, `The Default of parameter "${name}" ${problem}.`));
  }
  return out;
};
