import type { RuleInfo } from '../ruleInfo';

const USER_GUIDE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide';
const TEMPLATE_REFERENCE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference';

/**
 * The CloudFormation checks made against the resource specification and the template's own
 * declarations (rules/*.ts). Each maps to the cfn-lint rules reporting the same mistake.
 */
export const CFN_SPEC_RULES = {
  unknownProperty: {
    id: 'cloudformation/unknown-property',
    family: 'cloudformation',
    severity: 'error',
    summary: 'A property the resource type (or nested property type) does not have; suggests the closest name.',
    docsUrl: `${TEMPLATE_REFERENCE}/aws-template-resource-type-ref.html`,
    cfnLint: ['E3002'],
  },
  missingRequiredProperty: {
    id: 'cloudformation/missing-required-property',
    family: 'cloudformation',
    severity: 'error',
    summary: 'A required property of the resource type (or nested property type) is missing.',
    docsUrl: `${TEMPLATE_REFERENCE}/aws-template-resource-type-ref.html`,
    cfnLint: ['E3003'],
  },
  propertyType: {
    id: 'cloudformation/property-type',
    family: 'cloudformation',
    severity: 'error',
    summary: 'A literal property value of the wrong kind: a list where a string goes, text where a number or boolean goes… (intrinsic functions are accepted).',
    docsUrl: `${TEMPLATE_REFERENCE}/aws-template-resource-type-ref.html`,
    cfnLint: ['E3012'],
  },
  allowedValue: {
    id: 'cloudformation/allowed-value',
    family: 'cloudformation',
    severity: 'error',
    summary: 'A literal property value outside the values the resource specification allows.',
    docsUrl: `${TEMPLATE_REFERENCE}/aws-template-resource-type-ref.html`,
    cfnLint: ['E3030'],
  },
  unknownAttribute: {
    id: 'cloudformation/unknown-attribute',
    family: 'cloudformation',
    severity: 'error',
    summary: 'Fn::GetAtt names an attribute the resource type does not return.',
    docsUrl: `${TEMPLATE_REFERENCE}/intrinsic-function-reference-getatt.html`,
    cfnLint: ['E1010'],
  },
  undefinedCondition: {
    id: 'cloudformation/undefined-condition',
    family: 'cloudformation',
    severity: 'error',
    summary: 'Fn::If, a Condition function or a Condition attribute names a condition the Conditions section does not declare.',
    docsUrl: `${USER_GUIDE}/conditions-section-structure.html`,
    cfnLint: ['E1028', 'E8002', 'E8004', 'E8005', 'E8006', 'E3015', 'E6005'],
  },
  unknownMapping: {
    id: 'cloudformation/unknown-mapping',
    family: 'cloudformation',
    severity: 'error',
    summary: 'Fn::FindInMap names a map, or a literal key, that the Mappings section does not have.',
    docsUrl: `${TEMPLATE_REFERENCE}/intrinsic-function-reference-findinmap.html`,
    cfnLint: ['E1011'],
  },
  unknownDependency: {
    id: 'cloudformation/unknown-dependency',
    family: 'cloudformation',
    severity: 'error',
    summary: 'DependsOn names a resource the template does not declare.',
    docsUrl: `${TEMPLATE_REFERENCE}/aws-attribute-dependson.html`,
    cfnLint: ['E3005'],
  },
  intrinsicArguments: {
    id: 'cloudformation/intrinsic-arguments',
    family: 'cloudformation',
    severity: 'error',
    summary: 'An intrinsic function whose arguments have the wrong shape (a Select without an index, a Join without a list, an If with two values, a GetStackOutput without its OutputName…).',
    docsUrl: `${TEMPLATE_REFERENCE}/intrinsic-function-reference.html`,
    cfnLint: ['E1010', 'E1011', 'E1015', 'E1016', 'E1017', 'E1018', 'E1019', 'E1020', 'E1021', 'E1022', 'E1024', 'E1028', 'E1033', 'E8003', 'E8004', 'E8005', 'E8006'],
  },
  parameterType: {
    id: 'cloudformation/parameter-type',
    family: 'cloudformation',
    severity: 'error',
    summary: 'A parameter without a Type, or with a Type CloudFormation does not support.',
    docsUrl: `${USER_GUIDE}/parameters-section-structure.html`,
    cfnLint: ['E2001', 'E2002'],
  },
  malformedResourceType: {
    id: 'cloudformation/malformed-resource-type',
    family: 'cloudformation',
    severity: 'error',
    summary: 'A resource Type not of the form Provider::Service::Resource (`AWS::SQSQueue`, `AWS:SQS::Queue`, `SQS::Queue`); suggests the type meant.',
    docsUrl: `${TEMPLATE_REFERENCE}/aws-template-resource-type-ref.html`,
    cfnLint: ['E3006', 'E3001'],
  },
  resourceEntry: {
    id: 'cloudformation/resource-entry',
    family: 'cloudformation',
    severity: 'error',
    summary: 'A resource entry without a Type, with a key that is not a resource attribute, or with a DeletionPolicy / UpdateReplacePolicy value that does not exist.',
    docsUrl: `${TEMPLATE_REFERENCE}/aws-product-attribute-reference.html`,
    cfnLint: ['E3001', 'E3035', 'E3036'],
  },
  logicalId: {
    id: 'cloudformation/logical-id',
    family: 'cloudformation',
    severity: 'error',
    summary: 'A logical ID (resource, parameter, output, mapping) that is not alphanumeric, or a parameter and a resource of the same name.',
    docsUrl: `${USER_GUIDE}/resources-section-structure.html`,
    cfnLint: ['E3001', 'E2003', 'E6004', 'E7001', 'E3007'],
  },
  sectionShape: {
    id: 'cloudformation/section-shape',
    family: 'cloudformation',
    severity: 'error',
    summary: 'A Parameters, Mappings, Conditions, Resources or Outputs section that is not a mapping of named entries, or (but for Conditions) an entry that is not a mapping.',
    docsUrl: `${USER_GUIDE}/template-anatomy.html`,
    cfnLint: ['E1001'],
  },
  circularDependency: {
    id: 'cloudformation/circular-dependency',
    family: 'cloudformation',
    severity: 'error',
    summary: 'Resources that depend on each other in a circle (through DependsOn, Ref, Fn::GetAtt or Fn::Sub): CloudFormation cannot order them.',
    docsUrl: `${TEMPLATE_REFERENCE}/aws-attribute-dependson.html`,
    cfnLint: ['E3004'],
  },
  parameterDefault: {
    id: 'cloudformation/parameter-default',
    family: 'cloudformation',
    severity: 'error',
    summary: 'A parameter Default outside its own AllowedValues, AllowedPattern, MinLength / MaxLength or MinValue / MaxValue.',
    docsUrl: `${USER_GUIDE}/parameters-section-structure.html`,
    cfnLint: ['E2015'],
  },
  subNeeded: {
    id: 'cloudformation/sub-needed',
    family: 'cloudformation',
    severity: 'error',
    summary: 'A `${Name}` of a declared parameter, resource or pseudo parameter in a plain string: without Fn::Sub it stays literal text.',
    docsUrl: `${TEMPLATE_REFERENCE}/intrinsic-function-reference-sub.html`,
    cfnLint: ['E1029'],
  },
  languageExtensions: {
    id: 'cloudformation/language-extensions',
    family: 'cloudformation',
    severity: 'error',
    summary: 'Fn::ForEach, Fn::Length or Fn::ToJsonString without the AWS::LanguageExtensions transform declared.',
    docsUrl: `${TEMPLATE_REFERENCE}/transform-aws-languageextensions.html`,
    cfnLint: ['E1032', 'E3001'],
  },
  dynamoDbAttributes: {
    id: 'cloudformation/dynamodb-attributes',
    family: 'cloudformation',
    severity: 'error',
    summary: 'A DynamoDB table key (of the table or an index) without an AttributeDefinitions entry, or an attribute defined but used by no key schema.',
    docsUrl: `${TEMPLATE_REFERENCE}/aws-resource-dynamodb-table.html`,
    cfnLint: ['E3039'],
  },
  duplicateKey: {
    id: 'cloudformation/duplicate-key',
    family: 'cloudformation',
    severity: 'error',
    summary: 'A key written twice in one mapping (a resource, a property, a section): CloudFormation may accept the template, but which entry it keeps is undefined.',
    // The template format page: a duplicated section "may" be accepted, with undefined behaviour.
    docsUrl: `${USER_GUIDE}/template-formats.html`,
    cfnLint: ['E0000'],
  },
  moduleEntry: {
    id: 'cloudformation/module-entry',
    family: 'cloudformation',
    severity: 'warning',
    summary: 'A module resource (`…::MODULE`) with a CreationPolicy, an UpdatePolicy or Tags, or with the reserved Metadata key AWS::CloudFormation::Module.',
    docsUrl: `${USER_GUIDE}/modules.html`,
    cfnLint: ['E5001'],
  },
  taggedKey: {
    id: 'cloudformation/tagged-key',
    family: 'cloudformation',
    severity: 'error',
    summary: 'A YAML tag written on a key (`[ !ImportValue Fn::Sub: …]`): it tags the key, not the mapping, so the function is not applied as written (cfn-lint cannot read the template).',
    docsUrl: `${TEMPLATE_REFERENCE}/intrinsic-function-reference.html`,
    cfnLint: ['E0000'],
  },
  valueLimit: {
    id: 'cloudformation/value-limit',
    family: 'cloudformation',
    severity: 'error',
    summary: 'A literal value beyond a documented limit the resource specification does not carry: an SNS TopicName over 256 characters, an instance profile with more than one role, an alarm with more than 5 actions for a state, an alarm name over 255 characters.',
    docsUrl: `${TEMPLATE_REFERENCE}/aws-template-resource-type-ref.html`,
    // cfn-lint reports too many items as E3032, or as E3002 where its schema caps unique items.
    cfnLint: ['E3002', 'E3032', 'E3033'],
  },
  backupLifecycle: {
    id: 'cloudformation/backup-lifecycle',
    family: 'cloudformation',
    severity: 'error',
    summary: 'A backup plan Lifecycle whose DeleteAfterDays is less than 90 days after its MoveToColdStorageAfterDays (cold storage keeps a backup at least 90 days).',
    docsUrl: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/API_Lifecycle.html',
    cfnLint: ['E3504'],
  },
  uniqueName: {
    id: 'cloudformation/unique-name',
    family: 'cloudformation',
    severity: 'error',
    summary: 'Two IAM roles (users, groups, managed policies) of the template with the same literal name: IAM names are unique within an account, whatever their case.',
    docsUrl: 'https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html',
    cfnLint: ['E3019'],
  },
} as const satisfies Record<string, RuleInfo>;

export type CfnSpecRuleName = keyof typeof CFN_SPEC_RULES;

/** Every rule above, for the rule table and the silencing settings. */
export const CFN_SPEC_RULE_LIST: readonly RuleInfo[] = Object.values(CFN_SPEC_RULES);
