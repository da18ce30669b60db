import type { Claim } from './claim';

/** CloudFront: the viewer protocol policy choices. */
export const CLOUDFRONT_CLAIMS: readonly Claim[] = [
  {
    id: 'cloudfront-viewer-protocol-policy-choices',
    service: 'CloudFront',
    kind: 'absolute',
    about: ['viewer protocol|viewer protocol policy|ViewerProtocolPolicy'],
    denied: ['http only', 'http-only', 'only http'],
    documented:
      'The viewer protocol policy is allow-all (HTTP and HTTPS), redirect-to-https or https-only; there is no HTTP-only viewer policy',
    url: 'https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/cloudfront/aws.sdk.kotlin.services.cloudfront.model/-cache-behavior/viewer-protocol-policy.html',
    checked: '2026-12-01',
    excerpt: 'https-only: If a viewer sends an HTTP request, CloudFront returns an HTTP status code of 403 (Forbidden).',
  },
];
