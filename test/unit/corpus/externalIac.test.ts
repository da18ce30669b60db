import * as assert from 'node:assert/strict';
import { rulesForCfnLint } from '../../../src/core/analysis/ruleCatalog';
import type { AnalysisDiagnostic } from '../../../src/core/analysis/types';
import { provideCatalogs } from '../cloudformation/analyzeText';
import { cfnLintReference, corpusFiles, corpusPresent, findingKey, lintCorpusFile } from './externalCorpus';
import { JUDGED_TRUE } from './judgedFindings';

interface Linted {
  readonly file: string;
  readonly diagnostics: readonly AnalysisDiagnostic[];
}

const FOLDERS = ['cfn', 'appspec', 'eb', 'iam'] as const;

/** The Elastic Beanstalk docs' own samples: not one warning there is acceptable. */
const EB_DOCS_SAMPLES = 'eb/awsdocs+elastic-beanstalk-samples/';

const line = (diagnostic: AnalysisDiagnostic): number => diagnostic.range.start.line + 1;

/** Findings not explained: neither near a reference finding (when `near` says so) nor judged true. */
function unexplained(linted: readonly Linted[], near: (file: string, diagnostic: AnalysisDiagnostic) => boolean): string[] {
  return linted.flatMap(({ file, diagnostics }) =>
    diagnostics.filter((d) => !near(file, d) && !(findingKey(file, d) in JUDGED_TRUE)).map((d) => `${findingKey(file, d)}: ${d.message}`),
  );
}

describe('the external IaC corpus (../shared/external-iac, skipped when absent)', function () {
  this.timeout(120_000);
  const linted = new Map<string, Linted[]>();
  let cfnLint: ReturnType<typeof cfnLintReference> = {};
  const reference = () => cfnLint;

  before(async function () {
    if (!corpusPresent()) this.skip();
    provideCatalogs();
    cfnLint = cfnLintReference();
    // Every file of every family, once: a crash fails here, a hang runs into the timeout.
    for (const folder of FOLDERS) {
      const results: Linted[] = [];
      for (const file of corpusFiles(folder)) results.push({ file, diagnostics: (await lintCorpusFile(file)).diagnostics });
      linted.set(folder, results);
    }
  });

  it('reads all ~750 files without a crash or a hang', () => {
    const total = [...linted.values()].reduce((sum, files) => sum + files.length, 0);
    assert.ok(total >= 700, `only ${total} corpus files found`);
  });

  describe('CloudFormation, against cfn-lint 1.51.0', () => {
    const isClean = (file: string) => !(reference()[file] ?? []).some(([, rule]) => rule.startsWith('E'));
    const nearRule = (file: string, diagnostic: AnalysisDiagnostic, kind?: 'W') =>
      (reference()[file] ?? []).some(([at, rule]) => Math.abs(at - line(diagnostic)) <= 1 && (!kind || rule.startsWith(kind)));

    it('every CloudFormation file has cfn-lint findings to compare with', () => {
      assert.deepEqual(linted.get('cfn')!.filter(({ file }) => !(file in reference())).map(({ file }) => file), []);
    });

    it('reference-clean templates: no error, and a warning only within a line of a cfn-lint W finding', () => {
      const clean = linted.get('cfn')!.filter(({ file }) => isClean(file));
      assert.ok(clean.length > 200, `${clean.length} reference-clean templates`);
      const errors = clean.flatMap(({ file, diagnostics }) => diagnostics.filter((d) => d.severity === 'error').map((d) => `${findingKey(file, d)}: ${d.message}`));
      assert.deepEqual(errors, []);
      const warnings = clean.map(({ file, diagnostics }) => ({ file, diagnostics: diagnostics.filter((d) => d.severity !== 'error') }));
      assert.deepEqual(unexplained(warnings, (file, d) => nearRule(file, d, 'W')), []);
    });

    it('templates cfn-lint reports errors in: each finding within a line of one of cfn-lint\'s, or judged true', () => {
      const flagged = linted.get('cfn')!.filter(({ file }) => !isClean(file));
      assert.deepEqual(unexplained(flagged, (file, d) => nearRule(file, d)), []);
      const bad = flagged.filter(({ file }) => file.startsWith('cfn/cfn-lint/bad/'));
      // Caught: one of our findings within a line of a cfn-lint E finding whose rule maps to ours.
      const matches = (file: string, d: AnalysisDiagnostic) =>
        (reference()[file] ?? []).some(([at, rule]) => rule.startsWith('E') && Math.abs(at - line(d)) <= 1 && rulesForCfnLint(rule).some((ours) => ours.id === d.code));
      const caught = bad.filter(({ file, diagnostics }) => diagnostics.some((d) => matches(file, d)));
      console.log(`      (information) cfn-lint's bad templates with an E finding: ${bad.length}; caught by a rule of ours that maps to it: ${caught.length}`);
    });
  });

  it(`.ebextensions: no warning on the Elastic Beanstalk docs' samples, and elsewhere only judged ones`, () => {
    const files = linted.get('eb')!;
    assert.ok(files.filter(({ file }) => file.startsWith(EB_DOCS_SAMPLES)).length > 100);
    const docsSampleFindings = files.filter(({ file }) => file.startsWith(EB_DOCS_SAMPLES)).flatMap(({ file, diagnostics }) => diagnostics.map((d) => `${findingKey(file, d)}: ${d.message}`));
    assert.deepEqual(docsSampleFindings, []);
    assert.deepEqual(unexplained(files, () => false), []);
  });

  it('AppSpec files and IAM policies: every finding is listed and judged', () => {
    assert.deepEqual(unexplained([...linted.get('appspec')!, ...linted.get('iam')!], () => false), []);
  });

  it('every judged finding is still found (no stale entries)', () => {
    const found = new Set([...linted.values()].flat().flatMap(({ file, diagnostics }) => diagnostics.map((d) => findingKey(file, d))));
    assert.deepEqual(Object.keys(JUDGED_TRUE).filter((key) => !found.has(key)), []);
  });
});
