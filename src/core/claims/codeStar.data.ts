import type { Claim } from './claim';

/** CodeStar: discontinued, though what it created keeps working. */
export const CODESTAR_CLAIMS: readonly Claim[] = [
  {
    id: 'codestar-discontinued',
    service: 'CodeStar',
    kind: 'absolute',
    about: ['CodeStar'],
    // Phrases that describe CodeStar as a console to work in today.
    denied: ['all in one', 'central ui', 'unified ui', 'one place to manage', 'quickly develop build and deploy'],
    documented:
      'AWS discontinued CodeStar on July 31, 2024: no console and no new projects; the resources it created, CodeStar Connections and Notifications keep working',
    url: 'https://docs.aws.amazon.com/codestar/latest/userguide/working-with-teams.html',
    checked: '2026-12-01',
    excerpt:
      'After July 31, 2024, you will no longer be able to access the AWS CodeStar console or create new projects. However, the AWS resources created by AWS CodeStar, including your source repositories, pipelines, and builds, will be unaffected by this change and will continue to function.',
    dated: { previously: 'an available service with its own console', since: '2024-07-31' },
  },
];
