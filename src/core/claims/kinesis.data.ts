import type { Claim } from './claim';
import { DEFAULT_WORDS, LIMIT_WORDS, MAXIMUM_WORDS } from './claimTerms.data';

/** Kinesis Data Streams: shard throughput, on-demand capacity, retention and enhanced fan-out. */
export const KINESIS_CLAIMS: readonly Claim[] = [
  {
    id: 'kinesis-shard-throughput',
    service: 'Kinesis',
    kind: 'quantity',
    about: ['shard|shards|provisioned'],
    value: '1 MB/s',
    // A shard's write limits (1 MB/s, 1,000 records/s) and its read limit (2 MB/s).
    equivalents: ['1 MB/sec', '1,000 records per second', '1000 records/s', '2 MB/s', '2 MB/sec'],
    // The swapped figures ("write 2 MB/s, read 1 MB/s") state both documented values: each clause is read by its direction.
    scoped: [
      { qualifier: 'write|writes|written|ingest|ingests|ingestion|input|incoming|producer|producers|PutRecord|PutRecords', value: '1 MB/s' },
      { qualifier: 'read|reads|output|outgoing|egress|GetRecords', value: '2 MB/s' },
    ],
    documented: 'A shard takes writes of 1 MB/s or 1,000 records/s and serves reads of 2 MB/s',
    url: 'https://docs.aws.amazon.com/streams/latest/dev/working-with-streams.html',
    checked: '2026-12-01',
    excerpt:
      'A shard supports 1 MB/s and 1000 records per second for writes and 2 MB/s for reads in both on-demand and provisioned capacity modes.',
  },
  {
    id: 'kinesis-on-demand-initial-throughput',
    service: 'Kinesis',
    kind: 'quantity',
    about: ['on-demand|on demand|capacity mode'],
    value: '4 MB/s',
    // The initial write and read capacity, and the per-shard limits that apply in both capacity modes.
    equivalents: ['4 MB/sec', '4,000 records per second', '8 MB/s', '8 MB/sec', '1 MB/s', '2 MB/s'],
    documented:
      'A new on-demand stream starts with 4 MB/s of write and 8 MB/s of read throughput and scales from there; each shard still takes 1 MB/s in and 2 MB/s out',
    url: 'https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html',
    checked: '2026-12-01',
    excerpt: 'new data streams created with the on-demand capacity mode have 4 MB/s of write and 8 MB/s of read',
  },
  {
    id: 'kinesis-retention-period',
    service: 'Kinesis',
    kind: 'quantity',
    about: ['retention|retain|retained|stores records|kept|keeps|stored for', LIMIT_WORDS],
    value: '24 hours',
    // The default and the maximum.
    equivalents: ['1 day', '8760 hours', '8,760 hours', '365 days', '1 year'],
    scoped: [
      { qualifier: DEFAULT_WORDS, value: '24 hours', equivalents: ['1 day'] },
      { qualifier: MAXIMUM_WORDS, value: '8760 hours', equivalents: ['365 days', '1 year'] },
    ],
    documented: 'A Kinesis data stream keeps records for 24 hours by default, up to 8,760 hours (365 days)',
    url: 'https://docs.aws.amazon.com/streams/latest/dev/kinesis-extended-retention.html',
    checked: '2026-12-01',
    excerpt: 'A Kinesis data stream stores records from 24 hours by default, up to 8760 hours (365 days).',
  },
  {
    id: 'kinesis-enhanced-fan-out-throughput',
    service: 'Kinesis',
    kind: 'quantity',
    about: ['enhanced fan-out|enhanced fan out|enhanced fanout|enhanced consumer|enhanced consumers|SubscribeToShard'],
    value: '2 MB/sec',
    equivalents: ['2 MB/s', '2 MB per second'],
    documented: 'Each enhanced fan-out consumer gets its own 2 MB/s of read throughput per shard',
    url: 'https://docs.aws.amazon.com/streams/latest/dev/building-enhanced-consumers-kcl-retired.html',
    checked: '2026-12-01',
    excerpt: 'ensures that your consumer application can read with a throughput value of 2 MB/sec per shard.',
  },
  {
    id: 'kinesis-enhanced-fan-out-consumers-max',
    service: 'Kinesis',
    kind: 'quantity',
    about: ['enhanced fan-out|enhanced fan out|enhanced fanout', 'consumer|consumers'],
    value: '20',
    equivalents: ['twenty'],
    documented: 'A provisioned or on-demand standard stream registers up to 20 enhanced fan-out consumers',
    url: 'https://docs.aws.amazon.com/streams/latest/dev/enhanced-consumers.html',
    checked: '2026-12-01',
    excerpt: 'You can register up to twenty consumers per stream to use enhanced fan-out.',
  },
  {
    id: 'kinesis-on-demand-streams-per-account',
    service: 'Kinesis',
    kind: 'quantity',
    about: ['on-demand|on demand', 'stream|streams', 'account|default|quota|up to|max|maximum'],
    value: '50',
    documented: 'An account creates up to 50 on-demand data streams by default (a support ticket raises it)',
    url: 'https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html',
    checked: '2026-12-01',
    excerpt: 'By default, you can create up to 50 data streams with the on-demand capacity mode.',
  },
];
