import type { Claim } from './claim';

/** IAM: role session and trust limits. */
export const IAM_CLAIMS: readonly Claim[] = [
  {
    id: 'iam-external-id-max-length',
    service: 'IAM',
    kind: 'quantity',
    about: ['external ID|ExternalId|external id', 'characters|length|long|maximum|max'],
    value: '1,224',
    // The documented maximum and minimum length.
    equivalents: ['1224', '2'],
    documented: 'The external ID a third party uses to assume a role has 2 to 1,224 characters',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html',
    checked: '2026-12-01',
    excerpt:
      'The external ID value that a third party uses to assume a role must have a minimum of 2 characters and a maximum of 1,224 characters.',
  },
  {
    id: 'iam-role-max-session-duration',
    service: 'IAM',
    kind: 'quantity',
    about: ['max session duration|maximum session duration|MaxSessionDuration|max-session-duration'],
    value: '12 hours',
    // The highest setting, and the default (and lowest) one.
    equivalents: ['43200 seconds', '720 minutes', '1 hour', '3600 seconds'],
    documented: "A role's maximum session duration is set from 1 hour (the default) to 12 hours",
    url: 'https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/iam/aws.sdk.kotlin.services.iam.model/-create-role-request/max-session-duration.html',
    checked: '2026-12-01',
    excerpt: 'If you do not specify a value for this setting, the default value of one hour is applied. This setting can have a value from 1 hour to 12 hours.',
  },
];
