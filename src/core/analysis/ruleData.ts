import type { RuleInfo } from './ruleInfo';

/**
 * The writer of one family's rule entries: `rule('unknown-key', 'warning', summary, docsUrl)` is
 * `{ id: 'appspec/unknown-key', family: 'appspec', … }`. The data modules (`*Rules.data.ts`) use it.
 */
export function ruleWriter(family: RuleInfo['family'], prefix: string) {
  return (id: string, severity: RuleInfo['severity'], summary: string, docsUrl: string, cfnLint?: readonly string[]): RuleInfo => ({
    id: `${prefix}/${id}`,
    family,
    severity,
    summary,
    docsUrl,
    ...(cfnLint ? { cfnLint } : {}),
  });
}
