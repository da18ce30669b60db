import type { Claim } from './claim';

const QUOTAS_PAGE = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html';

/** API Gateway: account throttling and HTTP API integration timeout. */
export const API_GATEWAY_CLAIMS: readonly Claim[] = [
  {
    id: 'api-gateway-account-throttle',
    service: 'API Gateway',
    kind: 'quantity',
    about: ['throttle|throttling|throttled|rate limit', 'account|region|default|quota'],
    value: '10,000 requests per second',
    equivalents: ['10000 requests per second'],
    documented: 'API Gateway throttles an account at 10,000 requests per second per Region by default, with bursts of up to 5,000 requests',
    url: QUOTAS_PAGE,
    checked: '2026-12-01',
    excerpt:
      '10,000 requests per second (RPS) with an additional burst capacity provided by the token bucket algorithm, using a maximum bucket capacity of 5,000 requests.',
  },
  {
    id: 'api-gateway-http-api-integration-timeout',
    service: 'API Gateway',
    kind: 'quantity',
    about: ['HTTP API|HTTP APIs', 'timeout|time out|times out'],
    value: '30 seconds',
    documented: 'An HTTP API integration times out after at most 30 seconds',
    url: QUOTAS_PAGE,
    checked: '2026-12-01',
    excerpt: 'Maximum integration timeout 30 seconds',
  },
];
