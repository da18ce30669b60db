import type { FamilyAnalyzer } from './analyzer';
import { appspecAnalyzer } from './appspec/appspecAnalyzer';

/**
 * The built-in analyzers, registered by `analyze.ts`. A family plugs in by adding its analyzer
 * here (one import, one entry); the hosts need no change.
 */
export const BUILTIN_ANALYZERS: readonly FamilyAnalyzer[] = [appspecAnalyzer];
