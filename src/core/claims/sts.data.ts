import type { Claim } from './claim';
import { LIMIT_WORDS } from './claimTerms.data';

/** STS: how long an assumed-role session lasts. */
export const STS_CLAIMS: readonly Claim[] = [
  {
    id: 'sts-assume-role-session-duration',
    service: 'STS',
    kind: 'quantity',
    about: ['AssumeRole|assume role|role session|session duration|DurationSeconds', LIMIT_WORDS],
    value: '1 hour',
    // The default, the minimum, and the highest maximum a role can allow.
    equivalents: ['3600 seconds', '60 minutes', '900 seconds', '15 minutes', '12 hours', '43200 seconds'],
    documented:
      "An assumed-role session lasts 1 hour by default, from 15 minutes up to the role's maximum session duration (1 to 12 hours)",
    url: 'https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/sts/aws.sdk.kotlin.services.sts.model/-assume-role-request/duration-seconds.html',
    checked: '2026-12-01',
    excerpt: 'The value specified can range from 900 seconds (15 minutes) up to the maximum session duration set for the role.',
  },
  {
    id: 'sts-role-chaining-max-session',
    service: 'STS',
    kind: 'quantity',
    about: ['role chaining|chained roles|chain roles|chaining'],
    value: '1 hour',
    equivalents: ['one hour', '60 minutes', '3600 seconds'],
    documented: 'A session obtained by role chaining lasts at most one hour',
    url: 'https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/sts/aws.sdk.kotlin.services.sts.model/-assume-role-request/duration-seconds.html',
    checked: '2026-12-01',
    excerpt: 'Role chaining limits your Amazon Web Services CLI or Amazon Web Services API role session to a maximum of one hour.',
  },
];
