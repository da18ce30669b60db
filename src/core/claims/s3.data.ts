import type { Claim } from './claim';

const MULTIPART_LIMITS_PAGE = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/qfacts.html';

/** S3: object and multipart limits, request rates. */
export const S3_CLAIMS: readonly Claim[] = [
  {
    id: 's3-object-size-max',
    service: 'S3',
    kind: 'quantity',
    about: ['object size|maximum object|max object|largest object|object can be|objects can be|objects up to|object up to|object max size|object max|biggest object|biggest objects|object can be at most|objects are at most'],
    value: '48.8 TiB',
    equivalents: ['50 TB', '53.6 TB'],
    documented: 'An S3 object is at most 48.8 TiB (about 50 TB); it was 5 TiB before',
    url: MULTIPART_LIMITS_PAGE,
    checked: '2026-12-01',
    excerpt: 'Maximum object size 48.8 TiB',
  },
  {
    id: 's3-multipart-parts-max',
    service: 'S3',
    kind: 'quantity',
    about: ['multipart|multi-part|multi part', 'part|parts'],
    value: '10,000',
    equivalents: ['10000', '10K'],
    documented: 'A multipart upload has at most 10,000 parts',
    url: MULTIPART_LIMITS_PAGE,
    checked: '2026-12-01',
    excerpt: 'Maximum number of parts per upload 10,000',
  },
  {
    id: 's3-get-requests-per-prefix',
    service: 'S3',
    kind: 'quantity',
    about: ['GET|GET/HEAD|read requests', 'prefix|prefixes'],
    value: '5,500',
    // The GET/HEAD rate, and the PUT/COPY/POST/DELETE rate that notes give beside it.
    equivalents: ['5500', '3,500'],
    documented: 'S3 serves at least 5,500 GET/HEAD (and 3,500 PUT/COPY/POST/DELETE) requests per second per partitioned prefix',
    url: 'https://docs.aws.amazon.com/athena/latest/ug/performance-tuning-s3-throttling-reduce-throttling-at-the-service-level.html',
    checked: '2026-12-01',
    excerpt: 'Amazon S3 has a limit of 5500 GET requests per second per partitioned prefix',
  },
  {
    id: 's3-multipart-recommended-size',
    service: 'S3',
    kind: 'quantity',
    about: ['multipart|multi-part|multi part', 'consider|recommend|recommended|should|when|above|larger than|over'],
    value: '100 MB',
    equivalents: ['100 MiB'],
    documented: 'AWS recommends considering multipart upload once an object reaches 100 MB',
    url: MULTIPART_LIMITS_PAGE,
    checked: '2026-12-01',
    excerpt: 'In general, when your object size reaches 100 MB, you should consider using multipart uploads instead of uploading the object in a single operation.',
  },
  {
    id: 's3-archive-restore-requests-per-second',
    service: 'S3',
    kind: 'quantity',
    about: ['restore|restores|restore requests|RestoreObject', 'per second|TPS|transactions|requests'],
    value: '1,000',
    equivalents: ['1000'],
    documented: 'Objects in S3 Glacier Flexible Retrieval and Deep Archive are restored at up to 1,000 restore requests per second per account and Region',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/archival-storage.html',
    checked: '2026-12-01',
    excerpt:
      'You can restore archived objects in these storage classes with up to 1,000 transactions per second (TPS) of object restore requests per account per AWS Region.',
  },
];
