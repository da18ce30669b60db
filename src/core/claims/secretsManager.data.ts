import type { Claim } from './claim';

/** Secrets Manager: encryption is not optional. */
export const SECRETS_MANAGER_CLAIMS: readonly Claim[] = [
  {
    id: 'secrets-manager-always-encrypted',
    service: 'Secrets Manager',
    kind: 'absolute',
    about: ['KMS|encryption|encrypt|encrypted'],
    denied: ['KMS is optional', 'KMS optional', 'encryption is optional', 'optional encryption', 'encryption optional'],
    documented:
      'Secrets Manager always encrypts each secret value with a KMS key: the AWS managed key aws/secretsmanager by default, or a customer managed key',
    url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html',
    checked: '2026-12-01',
    excerpt: 'Secrets Manager uses envelope encryption with AWS KMS keys and data keys to protect each secret value.',
  },
];
