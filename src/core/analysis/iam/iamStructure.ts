import { didYouMean } from '../didYouMean';
import { diagnosticAt } from '../diagnostic';
import type { IacDocument } from '../document';
import { pairOf, scalarText, type DocNode, type MappingNode, type Pair } from '../nodes';
import type { RuleInfo } from '../ruleInfo';
import type { AnalysisDiagnostic } from '../types';
import { intrinsicOf } from '../cloudformation/intrinsics';
import { IAM_STRUCTURE_RULES as RULES, POLICY_VERSIONS, PRINCIPAL_TYPES, STATEMENT_ELEMENTS } from './iamStructureRules.data';
import type { PolicyKind } from './policyKind';

/** An action: `*`, or `service:Action` with wildcards; both parts are case insensitive (reference_policies_elements_action.html). */
const ACTION = /^(\*|[A-Za-z0-9-]+:[A-Za-z0-9*?_-]+)$/;

interface Checker {
  readonly doc: IacDocument;
  readonly kind: PolicyKind;
  readonly out: AnalysisDiagnostic[];
}

function report(c: Checker, rule: RuleInfo, start: number, end: number, message: string): void {
  c.out.push(diagnosticAt(c.doc, start, end, rule.severity, message, rule.id));
}

const onKey = (c: Checker, rule: RuleInfo, pair: Pair, message: string) => report(c, rule, pair.keyStart, pair.keyEnd, message);
const onNode = (c: Checker, rule: RuleInfo, node: DocNode, message: string) => report(c, rule, node.tagStart ?? node.start, node.end, message);

/** Whether a value is computed by the template (`!Ref`, `Fn::If` …): its content is not judged. */
const computed = (node: DocNode) => intrinsicOf(node) !== undefined;

/** The string items of a string-or-list value; undefined (reported) when an item is not a string. */
function stringItems(c: Checker, rule: RuleInfo, pair: Pair): DocNode[] | undefined {
  const value = pair.value;
  if (computed(value)) return [];
  const items = value.kind === 'sequence' ? value.items : [value];
  const wrong = items.find((item) => !computed(item) && (item.kind !== 'scalar' || typeof item.value !== 'string'));
  if (wrong) {
    onNode(c, rule, wrong, `${pair.key} takes a string or a list of strings.`);
    return undefined;
  }
  return items.filter((item) => !computed(item));
}

function checkVersion(c: Checker, policy: MappingNode): void {
  const version = pairOf(policy, 'Version');
  const value = version && scalarText(version.value);
  if (version && !computed(version.value) && (value === undefined || !POLICY_VERSIONS.includes(value))) {
    onNode(c, RULES.version, version.value, `Version must be "2012-10-17" (or the older "2008-10-17"), not ${value === undefined ? 'this' : `"${value}"`}.`);
  } else if (c.kind === 'rcp' && value !== '2012-10-17') {
    if (version) onNode(c, RULES.version, version.value, 'An RCP must have Version "2012-10-17".');
    else report(c, RULES.version, policy.start, policy.start + 1, 'An RCP must have Version "2012-10-17".');
  } else if (!version && /\$\{aws:/.test(c.doc.text.slice(policy.start, policy.end))) {
    report(c, RULES.missingVersion, policy.start, policy.start + 1, 'No Version: the policy is read as "2008-10-17", where policy variables such as ${aws:username} are literal text. Add "Version": "2012-10-17".');
  }
}

function checkPrincipal(c: Checker, statement: MappingNode): void {
  const principal = pairOf(statement, 'Principal');
  const notPrincipal = pairOf(statement, 'NotPrincipal');
  if (principal && notPrincipal) onKey(c, RULES.principal, notPrincipal, 'A statement has Principal or NotPrincipal, not both.');
  const given = principal ?? notPrincipal;
  if (c.kind === 'identity' || c.kind === 'scp') {
    if (given) onKey(c, RULES.principalForKind, given, `${c.kind === 'scp' ? 'An SCP' : 'An identity-based policy'} has no ${given.key}: it applies to ${c.kind === 'scp' ? 'the accounts it is attached to' : 'the identity it is attached to'}.`);
    return;
  }
  if ((c.kind === 'resource' || c.kind === 'trust' || c.kind === 'rcp') && !given) {
    report(c, RULES.principalForKind, statement.start, statement.start + 1, `Every statement of a ${c.kind === 'trust' ? 'trust' : c.kind === 'rcp' ? 'resource control' : 'resource-based'} policy needs a Principal.`);
    return;
  }
  if (c.kind === 'rcp') {
    if (notPrincipal) onKey(c, RULES.principalForKind, notPrincipal, 'An RCP has no NotPrincipal: use Principal "*" with a Condition.');
    if (principal && scalarText(principal.value) !== '*') onNode(c, RULES.principalForKind, principal.value, 'In an RCP the Principal is "*" (narrow it with a Condition).');
  }
  if (!given || computed(given.value)) return;
  const value = given.value;
  if (value.kind === 'scalar') {
    if (value.value !== '*') onNode(c, RULES.principal, value, `${given.key} is "*" or a mapping such as { "AWS": "arn:aws:iam::123456789012:root" } or { "Service": "…amazonaws.com" }.`);
    return;
  }
  if (value.kind !== 'mapping') return onNode(c, RULES.principal, value, `${given.key} is "*" or a mapping of ${PRINCIPAL_TYPES.join(', ')}.`);
  for (const pair of value.pairs) {
    if (!PRINCIPAL_TYPES.includes(pair.key)) onKey(c, RULES.principal, pair, `"${pair.key}" is not a kind of principal: ${PRINCIPAL_TYPES.join(', ')}.${didYouMean(pair.key, PRINCIPAL_TYPES)}`);
    else stringItems(c, RULES.principal, pair);
  }
}

function checkStatement(c: Checker, statement: MappingNode): void {
  for (const pair of statement.pairs) {
    if (!STATEMENT_ELEMENTS.includes(pair.key)) onKey(c, RULES.statementShape, pair, `"${pair.key}" is not an element of a policy statement.${didYouMean(pair.key, STATEMENT_ELEMENTS)}`);
  }
  const effect = pairOf(statement, 'Effect');
  const effectValue = effect && scalarText(effect.value);
  if (!effect) report(c, RULES.effect, statement.start, statement.start + 1, 'A statement needs an Effect: "Allow" or "Deny".');
  else if (!computed(effect.value) && effectValue !== 'Allow' && effectValue !== 'Deny') {
    onNode(c, RULES.effect, effect.value, `Effect is "Allow" or "Deny" (case sensitive).${effectValue ? didYouMean(effectValue, ['Allow', 'Deny']) : ''}`);
  } else if (c.kind === 'rcp' && effectValue === 'Allow') {
    onNode(c, RULES.effect, effect.value, 'RCP statements deny: "Allow" is only in the RCPFullAWSAccess policy AWS manages.');
  }
  const action = pairOf(statement, 'Action');
  const notAction = pairOf(statement, 'NotAction');
  if (!action && !notAction) report(c, RULES.action, statement.start, statement.start + 1, 'A statement needs an Action (or NotAction).');
  if (action && notAction) onKey(c, RULES.action, notAction, 'A statement has Action or NotAction, not both.');
  if (notAction && c.kind === 'rcp') onKey(c, RULES.action, notAction, 'An RCP has no NotAction.');
  for (const pair of [action, notAction]) {
    for (const item of pair ? (stringItems(c, RULES.action, pair) ?? []) : []) {
      const text = String((item as { value: unknown }).value);
      if (!ACTION.test(text)) onNode(c, RULES.action, item, `"${text}" is not an action: write "service:Action" (such as "s3:GetObject"), wildcards allowed.`);
    }
  }
  const resource = pairOf(statement, 'Resource');
  const notResource = pairOf(statement, 'NotResource');
  if (resource && notResource) onKey(c, RULES.resource, notResource, 'A statement has Resource or NotResource, not both.');
  // Required in identity policies; resource-based ones may imply it (an ECR repository policy has none).
  if (!resource && !notResource && c.kind === 'identity') {
    report(c, RULES.resource, statement.start, statement.start + 1, 'A statement needs a Resource (or NotResource).');
  }
  for (const pair of [resource, notResource]) if (pair) stringItems(c, RULES.resource, pair);
  checkPrincipal(c, statement);
}

/** The structure checks of one policy document, for its kind. */
export function lintPolicyStructure(doc: IacDocument, policy: DocNode | undefined, kind: PolicyKind): AnalysisDiagnostic[] {
  if (policy?.kind !== 'mapping' || computed(policy)) return [];
  const c: Checker = { doc, kind, out: [] };
  checkVersion(c, policy);
  const statement = pairOf(policy, 'Statement');
  if (!statement) report(c, RULES.statementShape, policy.start, policy.start + 1, 'A policy needs a Statement.');
  else if (!computed(statement.value)) {
    const items = statement.value.kind === 'sequence' ? statement.value.items : [statement.value];
    for (const item of items) {
      if (item.kind === 'mapping' && !computed(item)) checkStatement(c, item);
      else if (!computed(item)) onNode(c, RULES.statementShape, item, 'A statement is a mapping of Effect, Action, Resource …');
    }
  }
  return c.out;
}
