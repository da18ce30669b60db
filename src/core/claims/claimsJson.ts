import type { Claim } from './claim';

/**
 * The claims read back from `claims.json` (written by the build from the data modules), or why
 * they cannot be used: a damaged or foreign file turns the check off, it never breaks a host.
 */
export function claimsFromJson(raw: unknown): { claims: Claim[] } | { error: string } {
  if (!Array.isArray(raw)) return { error: 'is not a list of claims' };
  const claims: Claim[] = [];
  for (const [at, entry] of raw.entries()) {
    if (!isClaim(entry)) return { error: `has an entry (#${at + 1}) that is not a claim` };
    claims.push(entry);
  }
  return { claims };
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);

function isClaim(value: unknown): value is Claim {
  if (typeof value !== 'object' || value === null) return false;
  const claim = value as Record<string, unknown>;
  if (![claim.id, claim.service, claim.documented, claim.url].every(isString) || !isStrings(claim.about)) return false;
  switch (claim.kind) {
    case 'quantity':
      return isString(claim.value) && (claim.equivalents === undefined || isStrings(claim.equivalents));
    case 'alternative':
      return isString(claim.right) && isStrings(claim.wrong);
    case 'absolute':
      return isStrings(claim.denied);
    default:
      return false;
  }
}
