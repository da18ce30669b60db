import type { Claim } from './claim';

/** Step Functions: how long each workflow type can run. */
export const STEP_FUNCTIONS_CLAIMS: readonly Claim[] = [
  {
    id: 'step-functions-max-duration',
    service: 'Step Functions',
    kind: 'quantity',
    about: ['standard|express', 'duration|run|runs|long|max|maximum|up to|last'],
    value: '1 year',
    // Standard runs up to one year, Express up to five minutes: a note giving either agrees.
    equivalents: ['one year', '365 days', '12 months', '5 minutes', 'five minutes', '300 seconds'],
    documented: 'A Standard workflow runs for up to one year; an Express workflow for up to five minutes',
    url: 'https://docs.aws.amazon.com/step-functions/latest/dg/choosing-workflow-type.html',
    checked: '2026-12-01',
    excerpt: 'Standard Workflows are ideal for long-running (up to one year), durable, and auditable workflows.',
  },
];
