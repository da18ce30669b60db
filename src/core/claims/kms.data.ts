import type { Claim } from './claim';
import { DEFAULT_WORDS, LIMIT_WORDS, MAXIMUM_WORDS, MINIMUM_WORDS } from './claimTerms.data';

const ROTATION_PAGE = 'https://docs.aws.amazon.com/kms/latest/APIReference/API_EnableKeyRotation.html';

/** KMS: key rotation periods and what GenerateDataKey returns. */
export const KMS_CLAIMS: readonly Claim[] = [
  {
    id: 'kms-rotation-period-default',
    service: 'KMS',
    kind: 'quantity',
    about: ['rotation|rotate|rotates|rotated', `${LIMIT_WORDS}|every|period`],
    value: '365 days',
    equivalents: ['1 year', 'one year', '12 months'],
    documented: 'Once enabled, automatic rotation of a customer managed key runs every 365 days by default (a custom period can be set)',
    url: ROTATION_PAGE,
    checked: '2026-12-01',
    excerpt:
      'rotates the key material of the KMS key one year (approximately 365 days) from the enable date and every year thereafter',
  },
  {
    id: 'kms-aws-managed-key-rotation',
    service: 'KMS',
    kind: 'quantity',
    about: ['AWS managed|AWS-managed|aws managed key', 'rotation|rotate|rotates|rotated'],
    value: '365 days',
    equivalents: ['1 year', 'one year', 'every year'],
    documented: 'AWS managed keys are rotated every year (about 365 days); it was every three years before May 2022',
    url: ROTATION_PAGE,
    checked: '2026-12-01',
    excerpt:
      'In May 2022, AWS KMS changed the rotation schedule for AWS managed keys from every three years (approximately 1,095 days) to every year (approximately 365 days).',
  },
  {
    id: 'kms-generate-data-key-returns',
    service: 'KMS',
    kind: 'alternative',
    about: ['GenerateDataKey|generate data key'],
    right: 'copy of the data key|encrypted data key|data key encrypted',
    wrong: ['copy of the CMK', 'encrypted CMK', 'copy of the KMS key', 'copy of the master key', 'copy of the customer master key'],
    documented:
      'GenerateDataKey returns a plaintext data key and a copy of that data key encrypted under the KMS key; the KMS key itself never leaves KMS',
    url: 'https://docs.aws.amazon.com/cli/latest/reference/kms/generate-data-key.html',
    checked: '2026-12-01',
    excerpt:
      'This operation returns a plaintext copy of the data key and a copy that is encrypted under a symmetric encryption KMS key that you specify.',
  },
  {
    id: 'kms-key-deletion-waiting-period',
    service: 'KMS',
    kind: 'quantity',
    about: ['deletion|delete|deleted|ScheduleKeyDeletion|pending window|PendingWindowInDays', `${LIMIT_WORDS}|waiting period|waiting`],
    value: '30 days',
    // The default, and the shortest waiting period.
    equivalents: ['7 days', '1 month'],
    scoped: [
      { qualifier: `${DEFAULT_WORDS}|${MAXIMUM_WORDS}`, value: '30 days', equivalents: ['1 month'] },
      { qualifier: MINIMUM_WORDS, value: '7 days' },
    ],
    documented: 'A KMS key is deleted after a waiting period of 30 days by default, which you can set from 7 to 30 days',
    url: 'https://docs.aws.amazon.com/cli/latest/reference/kms/schedule-key-deletion.html',
    checked: '2026-12-01',
    excerpt: 'By default, KMS applies a waiting period of 30 days, but you can specify a waiting period of 7-30 days.',
  },
  {
    id: 'kms-customer-managed-rotation-not-default',
    service: 'KMS',
    kind: 'absolute',
    about: ['customer managed|customer-managed|CMK|CMKs|created key|created keys'],
    // Only phrasings that make rotation happen by itself; "must enable automatic rotation" is right.
    denied: ['rotate automatically', 'rotates automatically', 'automatically rotated', 'automatically rotate', 'rotated every year automatically', 'rotate every year automatically', 'rotates every year automatically'],
    // "Once enabled, rotated automatically every year" is right.
    qualifiedBy: ['enable|enabled|enabling|EnableKeyRotation|turn on|turned on|opt in'],
    documented:
      'Automatic rotation of a customer managed key is off until you enable it; once enabled it runs every 365 days by default',
    url: ROTATION_PAGE,
    checked: '2026-12-01',
    excerpt:
      'By default, when you enable automatic rotation of a customer managed KMS key, AWS KMS rotates the key material of the KMS key one year (approximately 365 days) from the enable date and every year thereafter.',
  },
];
