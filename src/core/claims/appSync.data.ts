import type { Claim } from './claim';

/** AppSync: the real-time subscription protocol. */
export const APPSYNC_CLAIMS: readonly Claim[] = [
  {
    id: 'appsync-real-time-protocol',
    service: 'AppSync',
    kind: 'alternative',
    about: ['real-time|real time|realtime|subscription|subscriptions|WebSocket|WebSockets'],
    right: 'pure WebSockets|pure WebSocket',
    wrong: ['MQTT'],
    documented: 'AppSync real-time subscriptions use pure WebSockets between client and service; the older MQTT over WebSockets transport is legacy',
    url: 'https://docs.aws.amazon.com/appsync/latest/devguide/aws-appsync-real-time-data.html',
    checked: '2026-12-01',
    excerpt: 'The libraries use pure WebSockets as the network protocol between the client and service.',
  },
];
