import type { FamilyAnalyzer } from '../analyzer';
import { appspecCompletions } from './appspecCompletion';
import { appspecHover } from './appspecHover';
import { appspecLint } from './appspecLint';

/** CodeDeploy AppSpec files (`appspec.yml`, `appspec.yaml`, `appspec.json`) on all three platforms. */
export const appspecAnalyzer: FamilyAnalyzer = {
  family: 'appspec',
  hover: appspecHover,
  complete: appspecCompletions,
  lint: appspecLint,
};
