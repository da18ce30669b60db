import type { Claim } from './claim';

const SHARDS_PAGE = 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Shards.html';

/** ElastiCache (Valkey or Redis OSS): replicas per shard and nodes per cluster. */
export const ELASTICACHE_CLAIMS: readonly Claim[] = [
  {
    id: 'elasticache-replicas-per-shard',
    service: 'ElastiCache',
    kind: 'quantity',
    about: ['replica|replicas|read replica|read replicas|replica node|replica nodes', 'shard|shards|per shard|node group|primary'],
    value: '5',
    documented: 'A Valkey or Redis OSS shard has one primary and at most 5 read replicas',
    url: SHARDS_PAGE,
    checked: '2026-12-01',
    excerpt:
      'This cluster configuration can range from 90 shards and 0 replicas to 15 shards and 5 replicas, which is the maximum number of replicas allowed.',
  },
  {
    id: 'elasticache-nodes-per-cluster',
    service: 'ElastiCache',
    kind: 'quantity',
    about: ['nodes per cluster|shards per cluster|node limit|shard limit|nodes in a cluster|shards in a cluster'],
    value: '90',
    // The default, and the most it can be raised to.
    equivalents: ['500'],
    documented: 'A cluster-mode-enabled cluster has up to 90 nodes by default, raisable to 500 per cluster',
    url: SHARDS_PAGE,
    checked: '2026-12-01',
    excerpt: 'You can create a cluster with higher number of shards and lower number of replicas totaling up to 90 nodes per cluster.',
  },
];
