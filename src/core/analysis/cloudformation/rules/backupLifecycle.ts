import { pairOf, valueOf, type DocNode } from '../../nodes';
import type { AnalysisDiagnostic } from '../../types';
import { CFN_SPEC_RULES } from '../cfnSpecRules.data';
import { walk } from '../intrinsics';
import { findingOn, type TemplateRule } from './ruleContext';

/**
 * A backup moved to cold storage stays there at least 90 days: DeleteAfterDays "must be at least
 * 90 days after the number of days specified in MoveToColdStorageAfterDays" (-1 for both keeps
 * recovery points indefinitely).
 * https://docs.aws.amazon.com/aws-backup/latest/devguide/API_Lifecycle.html
 */
const COLD_STORAGE_MINIMUM_DAYS = 90;

/** A literal number of days (untagged, not computed), or undefined. */
function days(node: DocNode | undefined): number | undefined {
  if (node?.kind !== 'scalar' || node.tag || node.value === null || node.value === '') return undefined;
  const value = Number(node.value);
  return Number.isFinite(value) ? value : undefined;
}

/** Every Lifecycle of a backup plan: its rules' own and their copy actions'. */
export const checkBackupLifecycles: TemplateRule = (context) => {
  const out: AnalysisDiagnostic[] = [];
  for (const [id, resource] of context.model.resources) {
    if (resource.type !== 'AWS::Backup::BackupPlan') continue;
    for (const node of walk(valueOf(resource.pair.value, 'Properties'))) {
      if (node.kind !== 'mapping' || node.keyInParent !== 'Lifecycle') continue;
      const move = days(valueOf(node, 'MoveToColdStorageAfterDays'));
      const deletePair = pairOf(node, 'DeleteAfterDays');
      const remove = days(deletePair?.value);
      if (move === undefined || remove === undefined || move < 0 || remove < 0 || remove >= move + COLD_STORAGE_MINIMUM_DAYS) continue;
      out.push(
        findingOn(
          context,
          CFN_SPEC_RULES.backupLifecycle,
          deletePair!.value,
          `DeleteAfterDays ${remove} of "${id}" is less than ${COLD_STORAGE_MINIMUM_DAYS} days after MoveToColdStorageAfterDays ${move}: a backup moved to cold storage stays there at least ${COLD_STORAGE_MINIMUM_DAYS} days.`,
        ),
      );
    }
  }
  return out;
};
