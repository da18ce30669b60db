import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CFN_SPEC_RULES } from '../../../src/core/analysis/cloudformation/cfnSpecRules.data';
import { IAM_STRUCTURE_RULES } from '../../../src/core/analysis/iam/iamStructureRules.data';
import { RULES, ruleInfo, rulesForCfnLint } from '../../../src/core/analysis/ruleCatalog';
import type { RuleInfo } from '../../../src/core/analysis/ruleInfo';

const ANALYSIS = path.join(__dirname, '../../../src/core/analysis');

function sourcesUnder(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? sourcesUnder(full) : entry.name.endsWith('.ts') && !entry.name.endsWith('.data.ts') ? [full] : [];
  });
}

/** The rule objects the spec and IAM structure checks report with (`CFN_SPEC_RULES.unknownProperty`, `RULES.effect`). */
const RULE_OBJECTS: ReadonlyArray<readonly [RegExp, Readonly<Record<string, RuleInfo>>]> = [
  [/\bCFN_SPEC_RULES\.(\w+)/g, CFN_SPEC_RULES],
  [/\b(?:IAM_STRUCTURE_RULES|RULES)\.(\w+)/g, IAM_STRUCTURE_RULES],
];

/**
 * Every diagnostic code the lint source can emit: written whole (`'appspec/version'`), as the
 * code argument of the CloudFormation and IAM `diagnostic(doc, …, 'unknown-section', …)` helpers
 * that prefix their family, or as a rule object of a data module (see RULE_OBJECTS);
 * `syntax/${doc.syntax}` is syntax/yaml and syntax/json.
 */
function emittedCodes(): Set<string> {
  const codes = new Set<string>(['syntax/yaml', 'syntax/json']);
  for (const file of sourcesUnder(ANALYSIS)) {
    const source = fs.readFileSync(file, 'utf8');
    for (const match of source.matchAll(/'((?:appspec|ebextensions|cloudformation|iam)\/[a-z-]+)'/g)) codes.add(match[1]);
    for (const [pattern, rules] of RULE_OBJECTS) {
      for (const match of source.matchAll(pattern)) if (Object.hasOwn(rules, match[1])) codes.add(rules[match[1]].id);
    }
    const family = path.basename(file) === 'cfnLint.ts' ? 'cloudformation' : path.basename(file) === 'iamLint.ts' ? 'iam' : undefined;
    if (!family) continue;
    for (const match of source.matchAll(/\bdiagnostic\(\s*doc,[^']*?'([a-z]+-[a-z-]+)'/g)) codes.add(`${family}/${match[1]}`);
  }
  return codes;
}

describe('the rule registry', () => {
  it('has every code the lint emits, and no rule it does not', () => {
    const emitted = emittedCodes();
    assert.ok(emitted.size >= 30, `only ${emitted.size} codes found in the source`);
    assert.deepEqual([...emitted].filter((code) => !ruleInfo(code)).sort(), []);
    assert.deepEqual(RULES.map((rule) => rule.id).filter((id) => !emitted.has(id)).sort(), []);
  });

  it('each rule once, with a summary, a specific AWS docs page, and cfn-lint ids of the form E1234 / W1234', () => {
    assert.equal(new Set(RULES.map((rule) => rule.id)).size, RULES.length);
    for (const rule of RULES) {
      assert.match(rule.id, new RegExp(`^${rule.family === 'iam-policy' ? 'iam' : rule.family}/[a-z-]+$`), rule.id);
      assert.ok(rule.summary.length > 20, rule.id);
      assert.match(rule.docsUrl, /^https:\/\/docs\.aws\.amazon\.com\/[^#]+\.html(#[\w-]+)?$/, rule.id);
      for (const id of rule.cfnLint ?? []) assert.match(id, /^[EWI]\d{4}$/, rule.id);
    }
  });

  it("the README's rule table lists every rule with its severity and cfn-lint ids, and no other", () => {
    const readme = fs.readFileSync(path.join(__dirname, '../../../README.md'), 'utf8');
    const rows = new Map(
      [...readme.matchAll(/^\| `([a-z-]+\/[a-z-]+)` \| (error|warning|info) \| .*? \| ([^|]+) \| ([^|]+) \|$/gm)].map((row) => [row[1], { severity: row[2], cfnLint: row[3].trim(), silence: row[4] }]),
    );
    assert.deepEqual([...rows.keys()].sort(), RULES.map((rule) => rule.id).sort());
    for (const rule of RULES) {
      const row = rows.get(rule.id)!;
      assert.equal(row.severity, rule.severity, rule.id);
      assert.equal(row.cfnLint, rule.cfnLint?.join(', ') ?? '—', rule.id);
      assert.match(row.silence, /setting/, rule.id);
    }
  });

  it("maps cfn-lint's rule ids back to ours", () => {
    assert.deepEqual(rulesForCfnLint('E1020').map((rule) => rule.id), ['cloudformation/undefined-reference', 'cloudformation/intrinsic-arguments']);
    assert.deepEqual(rulesForCfnLint('E3002').map((rule) => rule.id), ['cloudformation/unknown-property', 'cloudformation/value-limit']);
    assert.deepEqual(rulesForCfnLint('E9999'), []);
  });
});
