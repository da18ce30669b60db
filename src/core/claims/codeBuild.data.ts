import type { Claim } from './claim';
import { LIMIT_WORDS } from './claimTerms.data';

/** CodeBuild: how long a build may run. */
export const CODEBUILD_CLAIMS: readonly Claim[] = [
  {
    id: 'codebuild-build-timeout',
    service: 'CodeBuild',
    kind: 'quantity',
    about: ['timeout|time out|times out|timing out|timeoutInMinutes', LIMIT_WORDS],
    value: '60 minutes',
    // The default and both ends of the range (it was at most 8 hours in older versions of the API).
    equivalents: ['1 hour', '2160 minutes', '36 hours', '5 minutes'],
    documented: 'A CodeBuild build times out after 60 minutes by default; the timeout can be set from 5 minutes to 36 hours (2,160 minutes)',
    url: 'https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/codebuild/aws.sdk.kotlin.services.codebuild.model/-create-project-request/timeout-in-minutes.html',
    checked: '2026-12-01',
    excerpt:
      'How long, in minutes, from 5 to 2160 (36 hours), for CodeBuild to wait before it times out any build that has not been marked as completed. The default is 60 minutes.',
  },
];
