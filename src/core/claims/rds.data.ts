import type { Claim } from './claim';
import { LIMIT_WORDS } from './claimTerms.data';

const BACKUP_RETENTION_PAGE = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.BackupRetention.html';

/** RDS: automated backup retention and manual snapshot quota. */
export const RDS_CLAIMS: readonly Claim[] = [
  {
    id: 'rds-backup-retention-period',
    service: 'RDS',
    kind: 'quantity',
    about: ['backup|backups|automated backup|automated backups', 'retention|retained|retain|kept|keep', LIMIT_WORDS],
    value: '35 days',
    // The maximum, and the defaults (one day from the API or CLI, seven days from the console).
    equivalents: ['5 weeks', '1 day', '7 days', '1 week'],
    documented:
      'An RDS DB instance keeps automated backups for 0 to 35 days; the default is one day from the API or CLI and seven days from the console',
    url: BACKUP_RETENTION_PAGE,
    checked: '2026-12-01',
    excerpt: 'You can set the backup retention period of a DB instance to between 0 and 35 days.',
  },
  {
    id: 'rds-manual-snapshots-per-region',
    service: 'RDS',
    kind: 'quantity',
    about: ['manual snapshot|manual snapshots|manual DB snapshots', 'region|per region|limit|quota|max|maximum|up to'],
    value: '100',
    documented: 'An account keeps at most 100 manual DB snapshots per Region; automated backups do not count',
    url: BACKUP_RETENTION_PAGE,
    checked: '2026-12-01',
    excerpt: "Manual snapshot limits (100 per Region) don't apply to automated backups.",
  },
];
