import type { Claim } from './claim';

const GET_METRIC_STATISTICS_PAGE =
  'https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/clients/client-cloudwatch/classes/getmetricstatisticscommand.html';

/** CloudWatch: how long metric data points are kept, and how many one call returns. */
export const CLOUDWATCH_CLAIMS: readonly Claim[] = [
  {
    id: 'cloudwatch-metric-retention',
    service: 'CloudWatch',
    kind: 'quantity',
    about: ['metric|metrics|data point|data points', 'retention|retained|retains|available for|kept|stored'],
    value: '15 days',
    // One schedule: under 60 s for 3 hours, 1 minute for 15 days, 5 minutes for 63 days, 1 hour for 455 days.
    equivalents: ['3 hours', '63 days', '455 days', '15 months'],
    documented:
      'CloudWatch keeps data points of under 60 seconds for 3 hours, of 1 minute for 15 days, of 5 minutes for 63 days and of 1 hour for 455 days (15 months)',
    url: GET_METRIC_STATISTICS_PAGE,
    checked: '2026-12-01',
    excerpt: 'Data points with a period of 60 seconds (1-minute) are available for 15 days.',
  },
  {
    id: 'cloudwatch-get-metric-statistics-max-data-points',
    service: 'CloudWatch',
    kind: 'quantity',
    about: ['GetMetricStatistics|get-metric-statistics|get metric statistics', 'data point|data points'],
    value: '1,440',
    equivalents: ['1440'],
    documented: 'One GetMetricStatistics call returns at most 1,440 data points',
    url: GET_METRIC_STATISTICS_PAGE,
    checked: '2026-12-01',
    excerpt: 'The maximum number of data points returned from a single call is 1,440.',
  },
];
