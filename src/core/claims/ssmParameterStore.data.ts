import type { Claim } from './claim';

const TIERS_PAGE = 'https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-advanced-parameters.html';

/** SSM Parameter Store: what each parameter tier allows. */
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
];
