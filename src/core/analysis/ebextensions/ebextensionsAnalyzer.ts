import type { FamilyAnalyzer } from '../analyzer';
import { ebextensionsCompletions } from './ebCompletion';
import { ebextensionsHover } from './ebHover';
import { ebextensionsLint } from './ebLint';

/** Elastic Beanstalk configuration files: any file under a `.ebextensions/` folder. */
export const ebextensionsAnalyzer: FamilyAnalyzer = {
  family: 'ebextensions',
  hover: ebextensionsHover,
  complete: ebextensionsCompletions,
  lint: ebextensionsLint,
};
