import type { Claim } from './claim';

/** IAM: quotas on what a role trust can carry. */
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
];
