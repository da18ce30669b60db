import type { RuleInfo } from '../ruleInfo';

const IAM_REFERENCE = 'https://docs.aws.amazon.com/IAM/latest/UserGuide';

/**
 * Structure checks of IAM policy documents, standalone or in a template. What a statement may
 * hold depends on the kind of policy (see policyKind.ts). Sources:
 * Version — reference_policies_elements_version.html: "2012-10-17" (current) and "2008-10-17"
 *   (earlier; policy variables such as ${aws:username} are then literal text).
 * Effect — reference_policies_elements_effect.html: Allow or Deny, case sensitive.
 * Principal — reference_policies_elements_principal.html: required in resource-based policies
 *   (a role trust policy is one), not allowed in identity-based policies.
 * SCPs — organizations/latest/userguide/orgs_manage_policies_scps_syntax.html: no Principal.
 * RCPs — organizations/latest/userguide/orgs_manage_policies_rcps_syntax.html: Version
 *   "2012-10-17", Principal "*", Allow only in the RCPFullAWSAccess policy, no NotAction / NotPrincipal.
 */
export const IAM_STRUCTURE_RULES = {
  version: {
    id: 'iam/policy-version',
    family: 'iam-policy',
    severity: 'error',
    summary: 'A Version other than "2012-10-17" (or the older "2008-10-17"); an RCP without Version "2012-10-17".',
    docsUrl: `${IAM_REFERENCE}/reference_policies_elements_version.html`,
    cfnLint: ['E3510', 'E3512', 'E3513'],
  },
  missingVersion: {
    id: 'iam/missing-version',
    family: 'iam-policy',
    severity: 'warning',
    summary: 'A policy using policy variables (${aws:…}) without Version "2012-10-17": they are then read as literal text.',
    docsUrl: `${IAM_REFERENCE}/reference_policies_elements_version.html`,
  },
  statementShape: {
    id: 'iam/statement-shape',
    family: 'iam-policy',
    severity: 'error',
    summary: 'A policy without Statement, a Statement that is not a statement or a list of them, or an element a statement does not have.',
    docsUrl: `${IAM_REFERENCE}/reference_policies_elements_statement.html`,
    cfnLint: ['E3510', 'E3512', 'E3513'],
  },
  effect: {
    id: 'iam/effect',
    family: 'iam-policy',
    severity: 'error',
    summary: 'A statement without Effect, or with an Effect other than "Allow" or "Deny" (case sensitive).',
    docsUrl: `${IAM_REFERENCE}/reference_policies_elements_effect.html`,
    cfnLint: ['E3510', 'E3512', 'E3513'],
  },
  action: {
    id: 'iam/action',
    family: 'iam-policy',
    severity: 'error',
    summary: 'A statement with neither or both of Action and NotAction, or an action not written "service:Action" (or "*").',
    docsUrl: `${IAM_REFERENCE}/reference_policies_elements_action.html`,
    cfnLint: ['E3510', 'E3512', 'E3513'],
  },
  resource: {
    id: 'iam/resource',
    family: 'iam-policy',
    severity: 'error',
    summary: 'A statement with both Resource and NotResource, or (in identity policies) with neither.',
    docsUrl: `${IAM_REFERENCE}/reference_policies_elements_resource.html`,
    cfnLint: ['E3510', 'E3512', 'E3513'],
  },
  principal: {
    id: 'iam/principal',
    family: 'iam-policy',
    severity: 'error',
    summary: 'A Principal that is not "*" or a mapping of AWS / Service / Federated / CanonicalUser, or both Principal and NotPrincipal.',
    docsUrl: `${IAM_REFERENCE}/reference_policies_elements_principal.html`,
    cfnLint: ['E3510', 'E3512', 'E3513'],
  },
  principalForKind: {
    id: 'iam/principal-for-kind',
    family: 'iam-policy',
    severity: 'error',
    summary: 'What the kind of policy allows: no Principal in identity policies and SCPs, one in every statement of resource-based and trust policies, "*" in RCPs.',
    docsUrl: `${IAM_REFERENCE}/reference_policies_elements_principal.html`,
    cfnLint: ['E3510', 'E3512', 'E3513'],
  },
} as const satisfies Record<string, RuleInfo>;

/** Every rule above, for the rule table and the silencing settings. */
export const IAM_STRUCTURE_RULE_LIST: readonly RuleInfo[] = Object.values(IAM_STRUCTURE_RULES);

/** The policy language versions. */
export const POLICY_VERSIONS: readonly string[] = ['2012-10-17', '2008-10-17'];

/** The elements a statement may have (reference_policies_elements.html). */
export const STATEMENT_ELEMENTS: readonly string[] = ['Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition'];

/** The kinds of principal of a `Principal` mapping (reference_policies_elements_principal.html). */
export const PRINCIPAL_TYPES: readonly string[] = ['AWS', 'Service', 'Federated', 'CanonicalUser'];
