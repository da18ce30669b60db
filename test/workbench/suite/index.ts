// Entry of the workbench test suite: VS Code loads this bundle in the extension host and
// calls run(). esbuild has no require.context, so every test module is listed here.
import { runMocha } from './mochaSetup'; // first: defines describe/it for the modules below
import { runnerOptions } from './runnerChannel';

import './host.test';
import './activation.test';
// Before the suites that hover, look up and quiz: it checks that each walkthrough step completes on its event.
import './walkthrough.test';
import './appspec.test';
import './ebextensions.test';
import './cloudformation.test';
import './cfnSpecRules.test';
import './iam.test';
import './notes.test';
import './lookup.test';
import './quizFirstUse.test';
import './relevance.test';
import './quiz.test';
import './quizStatistics.test';
import './reviewLogFile.test';
import './security.test';
import './notesCheck.test';
import './silencing.test';
import './conventions.test';
import './quickOpen.test';

export async function run(): Promise<void> {
  const { grep } = await runnerOptions();
  const failures = await runMocha(grep);
  if (failures > 0) throw new Error(`${failures} workbench test(s) failed`);
}
