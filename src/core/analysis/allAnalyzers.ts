import type { FamilyAnalyzer } from './analyzer';
import { appspecAnalyzer } from './appspec/appspecAnalyzer';
import { ebextensionsAnalyzer } from './ebextensions/ebextensionsAnalyzer';
import { cloudFormationAnalyzer } from './cloudformation/cloudFormationAnalyzer';
import { iamPolicyAnalyzer } from './iam/iamPolicyAnalyzer';

/**
 * The built-in analyzers, registered by `analyze.ts`. A family plugs in by adding its analyzer
 * here (one import, one entry); the hosts need no change.
 */
export const BUILTIN_ANALYZERS: readonly FamilyAnalyzer[] = [appspecAnalyzer, ebextensionsAnalyzer, cloudFormationAnalyzer, iamPolicyAnalyzer];
