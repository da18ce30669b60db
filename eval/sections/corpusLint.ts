import { provideCatalogs } from '../../test/unit/cloudformation/analyzeText';
import { caughtByMappedRule, cfnLintReference, corpusFiles, corpusPresent, findingKey, hasCfnLintErrors, lintCorpusFile, nearCfnLint } from '../../test/unit/corpus/externalCorpus';
import { JUDGED_TRUE } from '../../test/unit/corpus/judgedFindings';
import type { EvalSection } from '../lib/evalReport';

/** cfn-lint 1.51.0's bad templates with an E finding that the issue asks us to catch 60 of. */
const CAUGHT_TARGET = 60 / 84;

/**
 * Lint precision and recall on the real-world corpus (`../shared/external-iac`), against
 * cfn-lint's findings as the labels: the same comparison as test/unit/corpus/externalIac.test.ts,
 * as figures. Empty without the corpus.
 */
export async function corpusLintEval(): Promise<readonly EvalSection[]> {
  if (!corpusPresent()) return [];
  provideCatalogs();
  const reference = cfnLintReference();
  let clean = 0;
  let cleanWithoutFalseAlarm = 0;
  let flaggedFindings = 0;
  let flaggedExplained = 0;
  let bad = 0;
  let caught = 0;
  for (const file of corpusFiles('cfn')) {
    const { diagnostics } = await lintCorpusFile(file);
    if (!hasCfnLintErrors(reference, file)) {
      clean++;
      const falseAlarm = diagnostics.some((d) => d.severity === 'error' || (!nearCfnLint(reference, file, d, (rule) => rule.startsWith('W')) && !(findingKey(file, d) in JUDGED_TRUE)));
      if (!falseAlarm) cleanWithoutFalseAlarm++;
      continue;
    }
    flaggedFindings += diagnostics.length;
    flaggedExplained += diagnostics.filter((d) => nearCfnLint(reference, file, d) || findingKey(file, d) in JUDGED_TRUE).length;
    if (!file.startsWith('cfn/cfn-lint/bad/')) continue;
    bad++;
    if (caughtByMappedRule(reference, file, diagnostics)) caught++;
  }
  let samples = 0;
  let samplesQuiet = 0;
  for (const file of corpusFiles('eb').filter((name) => name.startsWith('eb/awsdocs+elastic-beanstalk-samples/'))) {
    samples++;
    if ((await lintCorpusFile(file)).diagnostics.length === 0) samplesQuiet++;
  }
  return [
    {
      title: 'lint: external corpus',
      figures: [
        { name: 'reference-clean templates without a false alarm', value: cleanWithoutFalseAlarm / clean, target: 1, note: `${cleanWithoutFalseAlarm} of ${clean}` },
        { name: 'findings on flagged templates near cfn-lint or judged', value: flaggedExplained / Math.max(1, flaggedFindings), target: 1, note: `${flaggedExplained} of ${flaggedFindings}` },
        { name: "cfn-lint's bad templates caught by a mapped rule", value: caught / Math.max(1, bad), target: Number(CAUGHT_TARGET.toFixed(3)), note: `${caught} of ${bad} (60 asked)` },
        { name: '.ebextensions docs samples without a warning', value: samplesQuiet / Math.max(1, samples), target: 1, note: `${samplesQuiet} of ${samples}` },
      ],
    },
  ];
}
