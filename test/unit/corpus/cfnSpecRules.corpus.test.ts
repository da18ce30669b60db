import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CFN_SPEC_RULE_LIST } from '../../../src/core/analysis/cloudformation/cfnSpecRules.data';
import { IAM_STRUCTURE_RULE_LIST } from '../../../src/core/analysis/iam/iamStructureRules.data';
import type { AnalysisDiagnostic } from '../../../src/core/analysis/types';
import { analysisOf, lintAnalysis } from '../../../src/core/analysis/analyze';
import { RULES } from '../../../src/core/analysis/ruleCatalog';
import { provideCatalogs } from '../cloudformation/analyzeText';
import { findingKey } from './externalCorpus';
import { JUDGED_TRUE } from './judgedFindings';

/**
 * The spec rules (cfnSpecRules.data.ts) and the IAM structure rules over the real-world corpus in
 * ../shared/external-iac (skipped when it is absent): no false alarm on the templates cfn-lint
 * 1.51.0 finds clean nor on the 95 IAM policies, and on cfn-lint's bad templates most of what it
 * reports with errors found too.
 */
const CORPUS = path.join('..', 'shared', 'external-iac');
const REFERENCE = path.join(CORPUS, 'reference-cfn-lint.json');

interface Reference {
  readonly files: Readonly<Record<string, readonly (readonly [number, string])[]>>;
}

/**
 * The issue asks for 60 of the 84; 65 are found today. Most of the rest need data the catalog does
 * not carry (string patterns, id formats, per-service rules such as Route 53 record sets), a nested
 * stack's own template, the SAM transform's errors (reported by cfn-lint on line 1), or Lambda
 * runtime deprecation dates. The floor stops a regression; raise it as rules are added.
 */
const MIN_FLAGGED = 65;

/** Our rules: the CloudFormation spec rules and the IAM structure rules (policy documents in templates). */
const SPEC_RULES: ReadonlyMap<string, readonly string[]> = new Map([...CFN_SPEC_RULE_LIST, ...IAM_STRUCTURE_RULE_LIST].map((rule) => [rule.id, rule.cfnLint ?? []]));
/** Every rule's cfn-lint ids, from the rule registry: a finding of any rule of ours counts in the recall. */
const MAPPED: ReadonlyMap<string, readonly string[]> = new Map(RULES.map((rule) => [rule.id, rule.cfnLint ?? []]));

/** 1-based line of a diagnostic, as cfn-lint counts. */
const lineOf = (diagnostic: AnalysisDiagnostic): number => diagnostic.range.start.line + 1;

function near(diagnostic: AnalysisDiagnostic, findings: readonly (readonly [number, string])[], accept: (rule: string) => boolean): boolean {
  return findings.some(([line, rule]) => Math.abs(line - lineOf(diagnostic)) <= 1 && accept(rule));
}

describe('CloudFormation spec rules on the real-world corpus (../shared/external-iac)', function () {
  this.timeout(120_000);
  let reference: Reference | undefined;
  const results = new Map<string, AnalysisDiagnostic[]>();

  before(async function () {
    if (!fs.existsSync(REFERENCE)) return this.skip();
    reference = JSON.parse(fs.readFileSync(REFERENCE, 'utf8')) as Reference;
    provideCatalogs();
    for (const file of Object.keys(reference.files)) {
      // A few files are not recognised as templates (no section we know): they get nothing.
      const analysis = analysisOf(file, fs.readFileSync(path.join(CORPUS, file), 'utf8'));
      results.set(file, analysis ? await lintAnalysis(analysis, {}) : []);
    }
  });

  const isClean = (findings: readonly (readonly [number, string])[]) => !findings.some(([, rule]) => rule.startsWith('E'));

  it('gives no error, and no warning away from a cfn-lint warning, on the reference-clean templates', () => {
    const alarms: string[] = [];
    for (const [file, findings] of Object.entries(reference!.files)) {
      if (file.includes('/bad/') || !isClean(findings)) continue;
      for (const diagnostic of results.get(file)!) {
        if (!SPEC_RULES.has(diagnostic.code)) continue;
        if (diagnostic.severity === 'error' || (diagnostic.severity === 'warning' && !near(diagnostic, findings, (rule) => rule.startsWith('W')))) {
          alarms.push(`${file}:${lineOf(diagnostic)}: ${diagnostic.message} [${diagnostic.code}]`);
        }
      }
    }
    assert.deepEqual(alarms, []);
  });

  it(`on cfn-lint bad templates with errors, flags at least ${MIN_FLAGGED} of the 84 with a finding whose rule maps to the one cfn-lint reports within a line`, () => {
    const flagged: string[] = [];
    const missed: string[] = [];
    for (const [file, findings] of Object.entries(reference!.files)) {
      if (!file.includes('/bad/') || isClean(findings)) continue;
      const errors = findings.filter(([, rule]) => rule.startsWith('E'));
      const hit = results.get(file)!.some((diagnostic) => near(diagnostic, errors, (rule) => MAPPED.get(diagnostic.code)?.includes(rule) === true));
      (hit ? flagged : missed).push(file);
    }
    console.log(`      cfn-lint bad templates with errors flagged by us: ${flagged.length} of ${flagged.length + missed.length}`);
    if (process.env.CORPUS_DETAILS) console.log(missed.join('\n'));
    assert.equal(flagged.length + missed.length, 84);
    assert.ok(flagged.length >= MIN_FLAGGED, `${flagged.length} flagged`);
  });
});

describe('IAM structure rules on the corpus IAM policies (../shared/external-iac/iam)', function () {
  this.timeout(60_000);
  const IAM = path.join(CORPUS, 'iam');
  const STRUCTURE_RULES = new Set(IAM_STRUCTURE_RULE_LIST.map((rule) => rule.id));

  /** Every .json file under a folder. */
  const jsonFiles = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? jsonFiles(full) : entry.name.endsWith('.json') ? [full] : [];
    });

  /** The structure findings read and judged true, from the corpus test's judged list. */
  const judgedTrue = () => Object.keys(JUDGED_TRUE).filter((key) => key.startsWith('iam/') && STRUCTURE_RULES.has(key.slice(key.lastIndexOf(' ') + 1)));

  it('reports no structure problem in the 95 policies (SCPs, RCPs, data perimeter policies) but the ones judged true', async function () {
    if (!fs.existsSync(IAM)) return this.skip();
    provideCatalogs();
    const files = jsonFiles(IAM);
    assert.equal(files.length, 95);
    const findings: string[] = [];
    let analysed = 0;
    for (const file of files) {
      const analysis = analysisOf(file, fs.readFileSync(file, 'utf8'));
      if (!analysis) continue;
      analysed++;
      for (const diagnostic of await lintAnalysis(analysis, {})) {
        if (STRUCTURE_RULES.has(diagnostic.code)) findings.push(findingKey(path.relative(CORPUS, file).split(path.sep).join('/'), diagnostic));
      }
    }
    assert.equal(analysed, 95, 'every policy is recognised as one');
    assert.ok(judgedTrue().length > 0, 'the judged list has the placeholders');
    assert.deepEqual(findings.sort(), judgedTrue().sort());
  });
});
