import type { DocNode, Pair } from '../../nodes';
import type { AnalysisDiagnostic } from '../../types';
import { CFN_SPEC_RULES } from '../cfnSpecRules.data';
import { intrinsicOf, walk, type IntrinsicCall } from '../intrinsics';
import { finding, findingOn, type TemplateRule } from './ruleContext';

/**
 * The argument shapes of the intrinsic functions, from the intrinsic function reference
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html
 * and each function's page). A computed argument (another function) is accepted where the page
 * allows one; what it evaluates to is not judged.
 */

/** A part of an argument: a literal string, a list, a mapping, or any of those computed. */
type Part = 'string' | 'list' | 'mapping' | 'any';

interface ArgumentShape {
  /** What the argument is, as written in the message: "[delimiter, list of values]". */
  readonly written: string;
  /** A single (non-list) argument of this part, or the parts of a list argument. */
  readonly single?: Part;
  readonly items?: readonly Part[];
  /** For list arguments of variable length: the fewest and most items. */
  readonly min?: number;
  readonly max?: number;
  /** For a mapping argument: the keys it must have, and the ones it may have besides. */
  readonly requiredKeys?: readonly string[];
  readonly optionalKeys?: readonly string[];
}

const SHAPES: Readonly<Record<string, ArgumentShape>> = {
  'Fn::GetAtt': { written: '[logicalId, attribute] or "logicalId.attribute"', items: ['string', 'string'] },
  'Fn::Join': { written: '[delimiter, [values]]', items: ['string', 'list'] },
  'Fn::Select': { written: '[index, [values]]', items: ['string', 'list'] },
  'Fn::Split': { written: '[delimiter, string]', items: ['string', 'string'] },
  'Fn::Sub': { written: 'a string, or [string, { variables }]', items: ['string', 'mapping'] },
  'Fn::Base64': { written: 'a string', single: 'string' },
  'Fn::GetAZs': { written: 'a region name (or "" for the stack\'s region)', single: 'string' },
  'Fn::ImportValue': { written: 'the exported name', single: 'string' },
  'Fn::GetStackOutput': { written: '{ StackName, OutputName, Region, RoleArn }', requiredKeys: ['StackName', 'OutputName'], optionalKeys: ['Region', 'RoleArn'] },
  'Fn::FindInMap': { written: '[MapName, TopLevelKey, SecondLevelKey]', items: ['string', 'string', 'string', 'mapping'], min: 3, max: 4 },
  'Fn::If': { written: '[condition name, value if true, value if false]', items: ['string', 'any', 'any'] },
  'Fn::Equals': { written: '[value, value]', items: ['any', 'any'] },
  'Fn::And': { written: 'a list of 2 to 10 conditions', items: Array<Part>(10).fill('any'), min: 2, max: 10 },
  'Fn::Or': { written: 'a list of 2 to 10 conditions', items: Array<Part>(10).fill('any'), min: 2, max: 10 },
  'Fn::Not': { written: 'a list of one condition', items: ['any'] },
  'Fn::Cidr': { written: '[ipBlock, count, cidrBits]', items: ['string', 'string', 'string'] },
};

/** Whether a node is, or may compute, a value of `part`. */
function fits(node: DocNode, part: Part, call: IntrinsicCall): boolean {
  if (part === 'any' || (node !== call.node && intrinsicOf(node))) return true;
  if (part === 'string') return node.kind === 'scalar';
  if (part === 'list') return node.kind === 'sequence';
  return node.kind === 'mapping';
}

/**
 * Whether a call's whole argument is another function: `{ "Fn::Base64": { "Fn::Sub": … } }`,
 * or a short tag over a long-form call (`!GetAZs { Ref: AWS::Region }`).
 */
function isComputed(call: IntrinsicCall): boolean {
  const argument = call.argument;
  if (argument !== call.node) return intrinsicOf(argument) !== undefined;
  return argument.kind === 'mapping' && argument.pairs.length === 1 && (argument.pairs[0].key === 'Ref' || argument.pairs[0].key.startsWith('Fn::'));
}

/** What is wrong with an argument, and the key to point at when it is one key of the argument. */
type Problem = string | { readonly text: string; readonly at: Pair };

/** What is wrong with a mapping argument's keys (`Fn::GetStackOutput`), or undefined. */
function keysProblem(shape: ArgumentShape, argument: DocNode): Problem | undefined {
  if (argument.kind !== 'mapping') return `takes a mapping ${shape.written}, not ${argument.kind === 'sequence' ? 'a list' : 'a single value'}`;
  const required = shape.requiredKeys ?? [];
  const missing = required.filter((key) => !argument.pairs.some((pair) => pair.key === key));
  if (missing.length > 0) return `takes ${shape.written}: ${missing.join(' and ')} missing`;
  const known = [...required, ...(shape.optionalKeys ?? [])];
  const unknown = argument.pairs.find((pair) => !known.includes(pair.key));
  return unknown ? { text: `takes ${shape.written}: "${unknown.key}" is not one of its keys`, at: unknown } : undefined;
}

/** What is wrong with a call's argument, or undefined when its shape is right. */
function shapeProblem(call: IntrinsicCall, languageExtensions: boolean): Problem | undefined {
  const argument = call.argument;
  if (call.name === 'Ref') {
    // With AWS::LanguageExtensions, Ref may take a function (`Ref: { Fn::Sub: Param${Id} }`).
    if (languageExtensions && isComputed(call)) return undefined;
    return argument.kind === 'scalar' && argument.value !== null && argument.value !== '' ? undefined : 'takes the logical ID of a parameter or resource, as a string';
  }
  const shape = SHAPES[call.name];
  if (!shape) return undefined;
  if (isComputed(call) && call.name !== 'Fn::If') return undefined;
  if (shape.requiredKeys) return keysProblem(shape, argument);
  if (shape.single) return argument.kind === 'scalar' ? undefined : `takes ${shape.written}, not a ${argument.kind === 'mapping' ? 'mapping' : 'list'}`;
  const items = shape.items!;
  if (argument.kind !== 'sequence') {
    const scalarAllowed = (call.name === 'Fn::GetAtt' && argument.kind === 'scalar' && String(argument.value).includes('.')) || (call.name === 'Fn::Sub' && argument.kind === 'scalar');
    return scalarAllowed ? undefined : `takes ${shape.written}`;
  }
  const min = shape.min ?? items.length;
  const max = shape.max ?? items.length;
  const count = argument.items.length;
  if (count < min || count > max) return `takes ${shape.written}: ${count} item${count === 1 ? '' : 's'} given`;
  const wrong = argument.items.findIndex((item, index) => !fits(item, items[index], call));
  return wrong < 0 ? undefined : `takes ${shape.written}: item ${wrong + 1} is ${argument.items[wrong].kind === 'sequence' ? 'a list' : argument.items[wrong].kind === 'mapping' ? 'a mapping' : 'a string'}`;
}

export const checkIntrinsicArguments: TemplateRule = (context) => {
  const out: AnalysisDiagnostic[] = [];
  const languageExtensions = context.model.transforms.includes('AWS::LanguageExtensions');
  for (const node of walk(context.model.root)) {
    const call = intrinsicOf(node);
    const problem = call && shapeProblem(call, languageExtensions);
    if (!call || !problem) continue;
    const message = `${call.name} ${typeof problem === 'string' ? problem : problem.text}.`;
    const at = typeof problem === 'string' ? call.pair : problem.at;
    out.push(at ? finding(context, CFN_SPEC_RULES.intrinsicArguments, at.keyStart, at.keyEnd, message) : findingOn(context, CFN_SPEC_RULES.intrinsicArguments, node, message));
  }
  return out;
};
