/**
 * CloudFormation intrinsic functions, in long (`Fn::GetAtt`) and YAML short (`!GetAtt`) form.
 * Source: "Intrinsic function reference" and its per-function pages
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html
 * Functions without a short form (Fn::ForEach, Fn::Length, Fn::ToJsonString) have none in the docs.
 */
export interface IntrinsicFunction {
  /** The long form, the key of a one-entry map: `Fn::Join`, `Ref`, `Condition`. */
  readonly name: string;
  /** The YAML short-form tag, when the function has one: `!Join`. */
  readonly shortForm?: string;
  /** The argument shape, as the docs' declaration writes it. */
  readonly arguments: string;
  readonly summary: string;
  /** A transform the template must declare to use it. */
  readonly requiresTransform?: string;
  /** Rule functions work only in the `Rules` section (completion offers them nowhere else). */
  readonly onlyInRules?: true;
  readonly docsUrl: string;
}

const REF = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference';
const CONDITIONS = `${REF}/intrinsic-function-reference-conditions.html`;
const RULES = `${REF}/intrinsic-function-reference-rules.html`;

/** A function of the Rules section (its And/Equals/If/Not/Or are the condition functions above). */
const ruleFunction = (name: string, args: string, summary: string): IntrinsicFunction => ({
  name: `Fn::${name}`,
  shortForm: `!${name}`,
  arguments: args,
  summary,
  onlyInRules: true,
  docsUrl: `${RULES}#fn-${name.toLowerCase()}`,
});

export const INTRINSIC_FUNCTIONS: readonly IntrinsicFunction[] = [
  {
    name: 'Ref',
    shortForm: '!Ref',
    arguments: 'logicalName',
    summary:
      'Returns the value of a parameter, or a resource\'s default return value (often its physical ID, name or ARN; see the resource\'s "Return values"). Pseudo parameters such as `AWS::Region` work too.',
    docsUrl: `${REF}/intrinsic-function-reference-ref.html`,
  },
  {
    name: 'Fn::GetAtt',
    shortForm: '!GetAtt',
    arguments: '[ logicalNameOfResource, attributeName ] — short form: logicalNameOfResource.attributeName',
    summary: 'Returns the value of an attribute of a resource in the template (the attributes each type offers are in its "Return values").',
    docsUrl: `${REF}/intrinsic-function-reference-getatt.html`,
  },
  {
    name: 'Fn::Sub',
    shortForm: '!Sub',
    arguments: 'String — or [ String, { Var1Name: Var1Value, … } ]',
    summary:
      'Substitutes `${Name}` variables in a string: parameters, resource logical IDs (their Ref value), `${Resource.Attribute}` (GetAtt), pseudo parameters, or the names given in the variable map. `${!Literal}` writes a literal `${Literal}`.',
    docsUrl: `${REF}/intrinsic-function-reference-sub.html`,
  },
  {
    name: 'Fn::Join',
    shortForm: '!Join',
    arguments: '[ delimiter, [ comma-delimited list of values ] ]',
    summary: 'Appends a set of values into a single value, separated by the delimiter (an empty delimiter concatenates).',
    docsUrl: `${REF}/intrinsic-function-reference-join.html`,
  },
  {
    name: 'Fn::Select',
    shortForm: '!Select',
    arguments: '[ index, listOfObjects ]',
    summary: 'Returns a single object from a list by its zero-based index; the index must be in range.',
    docsUrl: `${REF}/intrinsic-function-reference-select.html`,
  },
  {
    name: 'Fn::Split',
    shortForm: '!Split',
    arguments: '[ delimiter, source string ]',
    summary: 'Splits a string into a list of string values at each delimiter.',
    docsUrl: `${REF}/intrinsic-function-reference-split.html`,
  },
  {
    name: 'Fn::FindInMap',
    shortForm: '!FindInMap',
    arguments: '[ MapName, TopLevelKey, SecondLevelKey ]',
    summary: 'Returns the value of a two-level key in a map declared in the Mappings section.',
    docsUrl: `${REF}/intrinsic-function-reference-findinmap.html`,
  },
  {
    name: 'Fn::ImportValue',
    shortForm: '!ImportValue',
    arguments: 'sharedValueToImport (an Export.Name of another stack\'s output)',
    summary:
      'Returns the value of an output exported by another stack (cross-stack reference). An exported output cannot be deleted or changed while another stack imports it.',
    docsUrl: `${REF}/intrinsic-function-reference-importvalue.html`,
  },
  {
    name: 'Fn::GetStackOutput',
    shortForm: '!GetStackOutput',
    arguments: '{ StackName, OutputName, Region (optional), RoleArn (optional) }',
    summary:
      'Returns the value of an output of another stack, which need not export it; across accounts and Regions too. A weak reference: resolved at stack create or update time, not updated when the output changes later.',
    docsUrl: `${REF}/intrinsic-function-reference-getstackoutput.html`,
  },
  {
    name: 'Fn::Base64',
    shortForm: '!Base64',
    arguments: 'valueToEncode',
    summary: 'Returns the Base64 representation of the input string, typically for EC2 `UserData`.',
    docsUrl: `${REF}/intrinsic-function-reference-base64.html`,
  },
  {
    name: 'Fn::Cidr',
    shortForm: '!Cidr',
    arguments: '[ ipBlock, count, cidrBits ]',
    summary: 'Returns a list of `count` CIDR address blocks of `cidrBits` subnet bits carved out of `ipBlock`.',
    docsUrl: `${REF}/intrinsic-function-reference-cidr.html`,
  },
  {
    name: 'Fn::GetAZs',
    shortForm: '!GetAZs',
    arguments: 'region (an empty string means the stack\'s Region)',
    summary: 'Returns the Availability Zones of a Region, in alphabetical order.',
    docsUrl: `${REF}/intrinsic-function-reference-getavailabilityzones.html`,
  },
  {
    name: 'Fn::Transform',
    shortForm: '!Transform',
    arguments: '{ Name: macroName, Parameters: { key: value, … } }',
    summary: 'Runs a macro (e.g. `AWS::Include`) over a portion of the template.',
    docsUrl: `${REF}/intrinsic-function-reference-transform.html`,
  },
  {
    name: 'Fn::If',
    shortForm: '!If',
    arguments: '[ condition_name, value_if_true, value_if_false ]',
    summary: 'Returns one value if the named condition is true and another if it is false; `!Ref AWS::NoValue` as a value removes the property.',
    docsUrl: CONDITIONS,
  },
  {
    name: 'Fn::Equals',
    shortForm: '!Equals',
    arguments: '[ value_1, value_2 ]',
    summary: 'Compares two values: true when they are equal.',
    docsUrl: CONDITIONS,
  },
  {
    name: 'Fn::And',
    shortForm: '!And',
    arguments: '[ {condition}, {…} ] (2 to 10 conditions)',
    summary: 'True when all the given conditions are true.',
    docsUrl: CONDITIONS,
  },
  {
    name: 'Fn::Or',
    shortForm: '!Or',
    arguments: '[ {condition}, {…} ] (2 to 10 conditions)',
    summary: 'True when any of the given conditions is true.',
    docsUrl: CONDITIONS,
  },
  {
    name: 'Fn::Not',
    shortForm: '!Not',
    arguments: '[ {condition} ]',
    summary: 'Negates a condition: true for a false condition and false for a true one.',
    docsUrl: CONDITIONS,
  },
  {
    name: 'Condition',
    shortForm: '!Condition',
    arguments: 'condition_name',
    summary: 'Inside a condition, refers to another condition of the Conditions section by name.',
    docsUrl: CONDITIONS,
  },
  {
    name: 'Fn::ForEach',
    arguments: '[ Identifier, Collection, { OutputKey: OutputValue } ] — written as the key `Fn::ForEach::LoopName`',
    summary: 'Iterates over a collection, replicating a template fragment for each item.',
    requiresTransform: 'AWS::LanguageExtensions',
    docsUrl: `${REF}/intrinsic-function-reference-foreach.html`,
  },
  {
    name: 'Fn::Length',
    arguments: 'Array — or an intrinsic function returning an array',
    summary: 'Returns the number of elements in an array.',
    requiresTransform: 'AWS::LanguageExtensions',
    docsUrl: `${REF}/intrinsic-function-reference-length.html`,
  },
  {
    name: 'Fn::ToJsonString',
    arguments: 'Object — or Array',
    summary: 'Converts an object or array to its JSON string.',
    requiresTransform: 'AWS::LanguageExtensions',
    docsUrl: `${REF}/intrinsic-function-reference-ToJsonString.html`,
  },
  ruleFunction('Contains', '[ [list_of_strings], string ]', 'Rules only: true if the string matches at least one value of the list.'),
  ruleFunction('EachMemberEquals', '[ [list_of_strings], string ]', 'Rules only: true if the string matches every value of the list.'),
  ruleFunction('EachMemberIn', '[ [strings_to_check], [strings_to_match] ]', 'Rules only: true if each string to check matches at least one of the strings to match.'),
  ruleFunction('RefAll', 'parameter_type', 'Rules only: every value of the parameters of a parameter type (such as `AWS::EC2::VPC::Id`).'),
  ruleFunction('ValueOf', '[ parameter_logical_id, attribute ]', 'Rules only: the value (or values) of an attribute of a parameter, such as `Tags.Department` of a VPC.'),
  ruleFunction('ValueOfAll', '[ parameter_type, attribute ]', 'Rules only: every value of an attribute across the parameters of a parameter type.'),
];

const byName = new Map(INTRINSIC_FUNCTIONS.map((fn) => [fn.name, fn]));
const byShortForm = new Map(INTRINSIC_FUNCTIONS.filter((fn) => fn.shortForm).map((fn) => [fn.shortForm!, fn]));

/** `Fn::Join`, `!Join`, `Fn::ForEach::Loop` → the Join / ForEach entry. */
export function intrinsicFunction(nameOrTag: string): IntrinsicFunction | undefined {
  if (nameOrTag.startsWith('Fn::ForEach::')) return byName.get('Fn::ForEach');
  return byName.get(nameOrTag) ?? byShortForm.get(nameOrTag);
}
