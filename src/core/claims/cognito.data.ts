import type { Claim } from './claim';
import { LIMIT_WORDS } from './claimTerms.data';

const TOKEN_VALIDITY_PAGE = 'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_TokenValidityUnitsType.html';
const VALIDITY_WORDS = `${LIMIT_WORDS}|expire|expires|expiry|validity|valid for|lifetime`;

/** Cognito: how long user pool tokens can live. */
export const COGNITO_CLAIMS: readonly Claim[] = [
  {
    id: 'cognito-id-access-token-validity',
    service: 'Cognito',
    kind: 'quantity',
    about: ['ID token|ID tokens|access token|access tokens|IdTokenValidity|AccessTokenValidity', VALIDITY_WORDS],
    value: '1 day',
    // Both ends of the range; the one-hour default is kept as agreeing too.
    equivalents: ['one day', '24 hours', '5 minutes', 'five minutes', '1 hour', '60 minutes'],
    documented: 'An ID or access token of a user pool app client is valid for five minutes to one day',
    url: TOKEN_VALIDITY_PAGE,
    checked: '2026-12-01',
    excerpt: 'AccessTokenValidity duration can range from five minutes to one day.',
  },
  {
    id: 'cognito-refresh-token-validity',
    service: 'Cognito',
    kind: 'quantity',
    about: ['refresh token|refresh tokens|RefreshTokenValidity', VALIDITY_WORDS],
    value: '10 years',
    // Both ends of the range; the 30-day default is kept as agreeing too.
    equivalents: ['60 minutes', '1 hour', '30 days'],
    documented: 'A refresh token of a user pool app client is valid for 60 minutes to 10 years',
    url: TOKEN_VALIDITY_PAGE,
    checked: '2026-12-01',
    excerpt: 'RefreshTokenValidity duration can range from 60 minutes to 10 years.',
  },
];
