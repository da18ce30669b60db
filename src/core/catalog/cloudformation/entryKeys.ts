/**
 * The keys of a parameter declaration and of an output declaration.
 * Sources: "CloudFormation template Parameters syntax" (properties of a parameter)
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html
 * and "CloudFormation template Outputs syntax"
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/outputs-section-structure.html
 */
export interface EntryKey {
  readonly name: string;
  readonly summary: string;
  readonly required?: boolean;
}

export const PARAMETER_KEYS_DOCS_URL = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html';
export const OUTPUT_KEYS_DOCS_URL = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/outputs-section-structure.html';

export const PARAMETER_KEYS: readonly EntryKey[] = [
  { name: 'Type', summary: 'The data type of the parameter: String, Number, a list, an AWS-specific or an SSM parameter type.', required: true },
  { name: 'Default', summary: 'The value used when none is given at stack creation; must meet the constraints.' },
  { name: 'Description', summary: 'Up to 4000 characters describing the parameter.' },
  { name: 'AllowedValues', summary: 'The list of values the parameter may take.' },
  { name: 'AllowedPattern', summary: 'A regular expression a String parameter must match.' },
  { name: 'ConstraintDescription', summary: 'The message shown when a constraint is violated.' },
  { name: 'MinLength', summary: 'The smallest number of characters of a String parameter.' },
  { name: 'MaxLength', summary: 'The largest number of characters of a String parameter.' },
  { name: 'MinValue', summary: 'The smallest value of a Number parameter.' },
  { name: 'MaxValue', summary: 'The largest value of a Number parameter.' },
  { name: 'NoEcho', summary: 'Masks the value as asterisks in the console, CLI and API (not in Metadata, Outputs or resource Metadata).' },
];

/** The sections whose entries are declared with these keys: what an entry is, its keys and their page. */
export interface EntrySection {
  readonly entry: 'parameter' | 'output';
  readonly keys: readonly EntryKey[];
  readonly docsUrl: string;
}

export const OUTPUT_KEYS: readonly EntryKey[] = [
  { name: 'Value', summary: 'The value the output returns (literal, Ref, Fn::GetAtt, Fn::Sub …).', required: true },
  { name: 'Description', summary: 'A string describing the output.' },
  { name: 'Export', summary: 'Export.Name: the name other stacks in the Region import it by with Fn::ImportValue; unique per account and Region.' },
  { name: 'Condition', summary: 'A condition of the Conditions section: the output exists only when it is true.' },
];

/** The section an entry key is under (`Parameters`, `Outputs`), or undefined for another one. */
export function entrySection(section: string | number | undefined): EntrySection | undefined {
  if (section === 'Parameters') return { entry: 'parameter', keys: PARAMETER_KEYS, docsUrl: PARAMETER_KEYS_DOCS_URL };
  if (section === 'Outputs') return { entry: 'output', keys: OUTPUT_KEYS, docsUrl: OUTPUT_KEYS_DOCS_URL };
  return undefined;
}
