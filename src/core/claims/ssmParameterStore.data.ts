import type { Claim } from './claim';

const TIERS_PAGE = 'https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-advanced-parameters.html';

/** SSM Parameter Store: what each parameter tier allows, and which parameters are encrypted. */
export const SSM_PARAMETER_STORE_CLAIMS: readonly Claim[] = [
  {
    id: 'ssm-parameter-store-value-size',
    service: 'SSM Parameter Store',
    kind: 'quantity',
    about: ['parameter|parameters', 'size|large|max|maximum|up to|limit'],
    value: '4 KB',
    // Standard tier, and advanced tier.
    equivalents: ['4 KiB', '8 KB', '8 KiB'],
    documented: 'A standard parameter value is at most 4 KB; an advanced parameter value at most 8 KB',
    url: TIERS_PAGE,
    checked: '2026-12-01',
    excerpt:
      'reverting an advanced parameter to a standard parameter would cause the system to truncate the size of the parameter from 8 KB to 4 KB',
  },
  {
    id: 'ssm-parameter-store-parameters-per-region',
    service: 'SSM Parameter Store',
    kind: 'quantity',
    about: ['parameter|parameters', 'number|total|account|region|max|maximum|up to'],
    value: '10,000',
    // Standard tier, and advanced tier.
    equivalents: ['10000', '100,000'],
    documented: 'An account has at most 10,000 standard parameters and 100,000 advanced parameters per Region',
    url: TIERS_PAGE,
    checked: '2026-12-01',
    excerpt: 'Total number of parameters allowed (per AWS account and AWS Region) |\n10,000 |\n100,000 |',
  },
  {
    id: 'ssm-parameter-store-encryption-securestring-only',
    service: 'SSM Parameter Store',
    kind: 'absolute',
    about: ['parameter|parameters', 'KMS|encrypt|encrypted|encryption'],
    denied: ['all parameters are encrypted', 'all parameters encrypted', 'every parameter is encrypted', 'parameters are always encrypted', 'KMS is mandatory', 'KMS mandatory', 'encryption is mandatory'],
    // For a SecureString, KMS is indeed required: a note that names it is about that type.
    qualifiedBy: ['SecureString|secure string|secure strings'],
    documented: 'Only SecureString parameters are encrypted with a KMS key; String and StringList parameters are stored as plain text',
    url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/what-is-a-parameter.html',
    checked: '2026-12-01',
    excerpt:
      "If you have data that you don't want users to alter or reference in plaintext, such as passwords or license keys, create those parameters using the SecureString data type.",
  },
];
