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
  {
    id: 'step-functions-execution-history-retention',
    service: 'Step Functions',
    kind: 'quantity',
    about: ['history|execution history', 'standard|retrieve|kept|keeps|retained|available|days'],
    value: '90 days',
    documented: 'The full execution history of a Standard workflow can be retrieved for up to 90 days after the execution completes',
    url: 'https://docs.aws.amazon.com/step-functions/latest/dg/choosing-workflow-type.html',
    checked: '2026-12-01',
    excerpt: 'You can retrieve the full execution history using the Step Functions API for up to 90 days after your execution completes.',
  },
];
