import type { Claim } from './claim';

/** Route 53: the geoproximity bias range. */
export const ROUTE_53_CLAIMS: readonly Claim[] = [
  {
    id: 'route-53-geoproximity-bias-range',
    service: 'Route 53',
    kind: 'alternative',
    about: ['geoproximity|geo proximity|geo-proximity', 'bias'],
    // "Geoproximity" names Route 53 by itself, also under a heading such as "SAA Stuff".
    aboutNamesService: true,
    // "-99" would lose its sign as words, so the right answer is named by the negative side.
    right: 'negative|shrink|shrinks|minus',
    wrong: ['1-99', '1 to 99'],
    documented: 'A geoproximity bias runs from -99 to 99: 1 to 99 expands the region routed to a resource, -1 to -99 shrinks it',
    url: 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy-geoproximity.html',
    checked: '2026-12-01',
    excerpt:
      'To shrink the size of the geographic region from which Route 53 routes traffic to a resource, specify a negative bias of -1 to -99.',
  },
];
