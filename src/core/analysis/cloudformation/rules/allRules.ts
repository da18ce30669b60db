import type { IacDocument } from '../../document';
import type { AnalysisDiagnostic } from '../../types';
import type { ResourceTypeCatalog } from '../../../catalog/cloudformation/resourceTypeCatalog';
import type { TemplateModel } from '../templateModel';
import { checkBackupLifecycles } from './backupLifecycle';
import { checkIntrinsicArguments } from './intrinsicArguments';
import { checkCircularDependencies } from './circularDependency';
import { checkDynamoDbAttributes } from './dynamoDbAttributes';
import { checkLanguageExtensions } from './languageExtensions';
import { checkLogicalIds, checkSectionShapes } from './logicalIds';
import { checkDuplicateKeys, checkTaggedKeys } from './mappingKeys';
import { checkModuleEntries } from './moduleEntries';
import { checkPropertyLimits } from './propertyLimits';
import { checkParameterDefaults, checkParameterTypes } from './parameters';
import { checkSubNeeded } from './subNeeded';
import { checkConditionNames, checkDependsOn, checkFindInMap, checkGetAttAttributes } from './references';
import { checkMalformedResourceTypes, checkResourceEntries } from './resourceEntries';
import { checkResourceProperties } from './resourceProperties';
import type { TemplateRule } from './ruleContext';
import { checkUniqueNames } from './uniqueNames';

const RULES: readonly TemplateRule[] = [
  checkResourceEntries,
  checkMalformedResourceTypes,
  checkResourceProperties,
  checkGetAttAttributes,
  checkConditionNames,
  checkFindInMap,
  checkDependsOn,
  checkIntrinsicArguments,
  checkParameterTypes,
  checkParameterDefaults,
  checkLogicalIds,
  checkSectionShapes,
  checkCircularDependencies,
  checkSubNeeded,
  checkLanguageExtensions,
  checkDynamoDbAttributes,
  checkDuplicateKeys,
  checkTaggedKeys,
  checkModuleEntries,
  checkPropertyLimits,
  checkBackupLifecycles,
  checkUniqueNames,
];

/** The checks of cfnSpecRules.data.ts over one template. */
export function lintWithSpecRules(doc: IacDocument, model: TemplateModel, catalog: ResourceTypeCatalog | undefined): AnalysisDiagnostic[] {
  return RULES.flatMap((rule) => rule({ doc, model, catalog }));
}
