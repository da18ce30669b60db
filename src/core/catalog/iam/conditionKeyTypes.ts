/**
 * The data types of IAM condition keys, as the Service Authorization Reference and the global
 * keys page name them; `ArrayOf…` marks a multivalued key.
 * https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
 */
export type ConditionValueType = 'String' | 'ARN' | 'Numeric' | 'Date' | 'Bool' | 'IPAddress' | 'Binary';

export const CONDITION_VALUE_TYPES: readonly ConditionValueType[] = ['String', 'ARN', 'Numeric', 'Date', 'Bool', 'IPAddress', 'Binary'];

/** `ArrayOfString` → { type: String, multivalued: true }; unknown spellings are undefined. */
export function parseKeyType(written: string): { type: ConditionValueType; multivalued: boolean } | undefined {
  const multivalued = written.startsWith('ArrayOf');
  const type = (multivalued ? written.slice('ArrayOf'.length) : written) as ConditionValueType;
  return CONDITION_VALUE_TYPES.includes(type) ? { type, multivalued } : undefined;
}
