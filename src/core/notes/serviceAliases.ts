import { SERVICE_ALIASES, type ServiceAliasEntry } from './serviceAliases.data';

/** How a written name resolved: the canonical service, or the name itself when unknown. */
export interface ResolvedService {
  readonly service: string;
  readonly known: boolean;
}

/**
 * Folds the ways people write a service name onto one key: case, spaces, hyphens, a leading
 * "AWS"/"Amazon", a trailing colon. "AWS Secret Manager:" and "secret-manager" meet.
 */
export function normalizeServiceName(name: string): string {
  return name
    .toLowerCase()
    .replace(/:\s*$/, '')
    .replace(/^\s*(aws|amazon)\s+/, '')
    .replace(/[\s\-_./]+/g, '');
}

const byName = new Map<string, ServiceAliasEntry>();
const byCfn = new Map<string, ServiceAliasEntry>();
const byCfnType = new Map<string, ServiceAliasEntry>();
const byIam = new Map<string, ServiceAliasEntry>();
for (const entry of SERVICE_ALIASES) {
  for (const name of [entry.service, ...entry.aliases]) {
    const key = normalizeServiceName(name);
    if (!byName.has(key)) byName.set(key, entry);
  }
  for (const ns of entry.cfn ?? []) byCfn.set(ns.toLowerCase(), entry);
  for (const type of entry.cfnTypes ?? []) byCfnType.set(type.toLowerCase(), entry);
  for (const prefix of entry.iam ?? []) if (!byIam.has(prefix)) byIam.set(prefix, entry);
}

/** "CouldTrail" → CloudTrail; "AWS FIS (Fault Injection Simulator)" → FIS; unknown names stay as written. */
export function resolveService(name: string): ResolvedService {
  const trimmed = name.trim().replace(/:\s*$/, '');
  const entry = byName.get(normalizeServiceName(trimmed)) ?? byName.get(normalizeServiceName(trimmed.replace(/\s*\(.*\)\s*$/, '')));
  return entry ? { service: entry.service, known: true } : { service: trimmed, known: false };
}

/** Whether a name is a known service or alias. */
export function isKnownService(name: string): boolean {
  return resolveService(name).known;
}

/** The table's aliases of a canonical service (empty for unknown ones). */
export function aliasesOf(service: string): readonly string[] {
  return byName.get(normalizeServiceName(service))?.aliases ?? [];
}

/** `AWS::DynamoDB::Table` → DynamoDB; `AWS::EC2::SecurityGroup` → Security Group (a type the table names whole). */
export function serviceOfCfnType(type: string): string | undefined {
  const whole = byCfnType.get(type.toLowerCase());
  if (whole) return whole.service;
  const ns = /^AWS::([^:]+)::/.exec(type)?.[1];
  return ns ? byCfn.get(ns.toLowerCase())?.service : undefined;
}

/** `dynamodb` (from `dynamodb:LeadingKeys`) → DynamoDB; `aws` → IAM. */
export function serviceOfIamPrefix(prefix: string): string | undefined {
  return byIam.get(prefix.toLowerCase())?.service;
}
