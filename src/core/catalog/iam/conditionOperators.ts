import type { ConditionValueType } from './conditionKeyTypes';

/**
 * IAM policy condition operators, their families, and the pitfalls worth a hover.
 * Source: "IAM JSON policy elements: Condition operators"
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 * Set operators (ForAllValues:/ForAnyValue:): "Multivalued context keys"
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 */
export type OperatorFamily = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IpAddress' | 'Arn' | 'Null';

export interface ConditionOperator {
  readonly name: string;
  readonly family: OperatorFamily;
  readonly summary: string;
  readonly pitfalls?: readonly string[];
}

const BASE = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html';

/** The docs section of each family. */
export const OPERATOR_FAMILY_DOCS: Readonly<Record<OperatorFamily, string>> = {
  String: `${BASE}#Conditions_String`,
  Numeric: `${BASE}#Conditions_Numeric`,
  Date: `${BASE}#Conditions_Date`,
  Bool: `${BASE}#Conditions_Boolean`,
  Binary: `${BASE}#Conditions_BinaryEquals`,
  IpAddress: `${BASE}#Conditions_IPAddress`,
  Arn: `${BASE}#Conditions_ARN`,
  Null: `${BASE}#Conditions_Null`,
};
export const IF_EXISTS_DOCS_URL = `${BASE}#Conditions_IfExists`;
export const SET_OPERATORS_DOCS_URL =
  'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html';

const NEGATED =
  'A negated operator is true when the key is absent from the request: in an Allow that can grant more than intended.';

export const CONDITION_OPERATORS: readonly ConditionOperator[] = [
  { name: 'StringEquals', family: 'String', summary: 'Exact, case-sensitive match. No wildcards: `*` is a literal character here.' },
  { name: 'StringNotEquals', family: 'String', summary: 'Negated exact, case-sensitive match.', pitfalls: [NEGATED] },
  { name: 'StringEqualsIgnoreCase', family: 'String', summary: 'Exact match ignoring case.' },
  { name: 'StringNotEqualsIgnoreCase', family: 'String', summary: 'Negated match ignoring case.', pitfalls: [NEGATED] },
  {
    name: 'StringLike',
    family: 'String',
    summary: 'Case-sensitive match with wildcards: `*` (any run of characters) and `?` (one character), anywhere in the value.',
  },
  { name: 'StringNotLike', family: 'String', summary: 'Negated case-sensitive match with `*` and `?` wildcards.', pitfalls: [NEGATED] },
  { name: 'NumericEquals', family: 'Numeric', summary: 'Numeric equality.' },
  { name: 'NumericNotEquals', family: 'Numeric', summary: 'Numeric inequality.', pitfalls: [NEGATED] },
  { name: 'NumericLessThan', family: 'Numeric', summary: 'The request value is less than the policy value.' },
  { name: 'NumericLessThanEquals', family: 'Numeric', summary: 'The request value is less than or equal to the policy value.' },
  { name: 'NumericGreaterThan', family: 'Numeric', summary: 'The request value is greater than the policy value.' },
  { name: 'NumericGreaterThanEquals', family: 'Numeric', summary: 'The request value is greater than or equal to the policy value.' },
  { name: 'DateEquals', family: 'Date', summary: 'Matches a specific date (ISO 8601, e.g. `2020-01-01T00:00:00Z`, or epoch seconds).' },
  { name: 'DateNotEquals', family: 'Date', summary: 'Negated date match.', pitfalls: [NEGATED] },
  { name: 'DateLessThan', family: 'Date', summary: 'Before the given date and time.' },
  { name: 'DateLessThanEquals', family: 'Date', summary: 'At or before the given date and time.' },
  { name: 'DateGreaterThan', family: 'Date', summary: 'After the given date and time.' },
  { name: 'DateGreaterThanEquals', family: 'Date', summary: 'At or after the given date and time.' },
  {
    name: 'Bool',
    family: 'Bool',
    summary: 'Boolean match against `"true"` or `"false"`.',
    pitfalls: [
      'When the key is absent the condition is false: `"Bool": {"aws:MultiFactorAuthPresent": "false"}` does not match long-term access keys (the key is missing). Use `BoolIfExists` in a Deny.',
    ],
  },
  { name: 'BinaryEquals', family: 'Binary', summary: 'Compares the base-64 encoded binary value of the key byte for byte.' },
  {
    name: 'IpAddress',
    family: 'IpAddress',
    summary: 'The request IP is in the given address or CIDR range (IPv4 or IPv6), e.g. `203.0.113.0/24`.',
    pitfalls: ['`aws:SourceIp` is absent for requests through a VPC endpoint and is the service\'s IP when a service calls on your behalf.'],
  },
  { name: 'NotIpAddress', family: 'IpAddress', summary: 'The request IP is outside the given addresses or ranges.', pitfalls: [NEGATED] },
  { name: 'ArnEquals', family: 'Arn', summary: 'ARN match; behaves as ArnLike: each of the six colon-delimited ARN parts is compared, wildcards allowed.' },
  { name: 'ArnLike', family: 'Arn', summary: 'Case-sensitive ARN match per colon-delimited part, with `*` and `?` wildcards in each part.' },
  { name: 'ArnNotEquals', family: 'Arn', summary: 'Negated ARN match (behaves as ArnNotLike).', pitfalls: [NEGATED] },
  { name: 'ArnNotLike', family: 'Arn', summary: 'Negated ARN match with wildcards.', pitfalls: [NEGATED] },
  {
    name: 'Null',
    family: 'Null',
    summary: 'Checks presence, not value: `"true"` means the key is absent (null), `"false"` that it is present.',
    pitfalls: ['Cannot take the IfExists suffix. `"Null": {"aws:TokenIssueTime": "true"}` matches requests made with long-term credentials.'],
  },
];

const byName = new Map(CONDITION_OPERATORS.map((op) => [op.name.toLowerCase(), op]));

export function conditionOperator(name: string): ConditionOperator | undefined {
  return byName.get(name.toLowerCase());
}

/** A written operator taken apart: `ForAnyValue:StringLikeIfExists`. */
export interface ParsedOperator {
  readonly written: string;
  readonly setPrefix?: 'ForAllValues' | 'ForAnyValue';
  readonly ifExists: boolean;
  /** The base operator, when the name (without prefix and suffix) is one. */
  readonly operator?: ConditionOperator;
  /** The base name as written. */
  readonly baseName: string;
}

export function parseOperator(written: string): ParsedOperator {
  const prefix = /^(ForAllValues|ForAnyValue):/i.exec(written);
  const setPrefix = prefix ? (prefix[1].toLowerCase() === 'forallvalues' ? 'ForAllValues' : 'ForAnyValue') : undefined;
  let baseName = prefix ? written.slice(prefix[0].length) : written;
  // `Null` never takes IfExists; everything else may.
  const ifExists = /IfExists$/i.test(baseName) && !conditionOperator(baseName);
  if (ifExists) baseName = baseName.slice(0, -'IfExists'.length);
  const operator = conditionOperator(baseName);
  return { written, setPrefix, ifExists, operator: ifExists && operator?.family === 'Null' ? undefined : operator, baseName };
}

/** The set operators' meaning and their classic pitfall. */
export const SET_OPERATOR_NOTES: Readonly<Record<'ForAllValues' | 'ForAnyValue', string>> = {
  ForAllValues:
    'True when every value of the multivalued key in the request matches at least one policy value. Pitfall: also true when the key is absent or its set is empty, so in an Allow pair it with a `Null` check (`"Null": {"aws:TagKeys": "false"}`).',
  ForAnyValue:
    'True when at least one value of the multivalued key in the request matches a policy value; false when the key is absent or empty.',
};

export const IF_EXISTS_NOTE =
  '…IfExists: when the key is present, compare as the base operator; when it is absent, the condition is true. Useful in Deny statements for keys that not every request carries.';

/** Which operator families fit a key of the given type (String operators also fit ARNs, which docs allow though they recommend Arn*). */
export const FAMILIES_FOR_TYPE: Readonly<Record<ConditionValueType, readonly OperatorFamily[]>> = {
  String: ['String', 'Arn'],
  ARN: ['Arn', 'String'],
  Numeric: ['Numeric'],
  Date: ['Date'],
  Bool: ['Bool'],
  IPAddress: ['IpAddress'],
  Binary: ['Binary'],
};

/** The operator to suggest for a key type: the first of its family. */
export const SUGGESTED_OPERATOR: Readonly<Record<ConditionValueType, string>> = {
  String: 'StringEquals',
  ARN: 'ArnLike',
  Numeric: 'NumericEquals',
  Date: 'DateGreaterThan',
  Bool: 'Bool',
  IPAddress: 'IpAddress',
  Binary: 'BinaryEquals',
};
