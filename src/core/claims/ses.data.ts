import type { Claim } from './claim';

const LIMITS_PAGE = 'https://docs.aws.amazon.com/ses/latest/DeveloperGuide/limits.html';

/** SES: the sandbox sending limits and recipients per message. */
export const SES_CLAIMS: readonly Claim[] = [
  {
    id: 'ses-sandbox-sending-limits',
    service: 'SES',
    kind: 'quantity',
    about: ['sandbox', 'emails|messages|sending quota|per day|24-hour|24 hour|daily|per second|send rate|sending rate'],
    value: '200',
    // The sandbox's daily quota, and its maximum send rate per second.
    equivalents: ['1', 'one'],
    documented: 'In the SES sandbox an account sends at most 200 emails per 24-hour period, at most one email per second',
    url: LIMITS_PAGE,
    checked: '2026-12-01',
    excerpt: 'Sending quota: 200 emails per 24-hour period.',
  },
  {
    id: 'ses-recipients-per-message',
    service: 'SES',
    kind: 'quantity',
    about: ['recipient|recipients', 'per message'],
    value: '50',
    documented: 'One SES message has at most 50 recipients (To, CC and BCC together)',
    url: LIMITS_PAGE,
    checked: '2026-12-01',
    excerpt: 'Maximum number of recipients per message\n\n50 recipients per message.',
  },
];
