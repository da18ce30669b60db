/**
 * Findings of ours on the external corpus that no cfn-lint finding is near, each read and judged
 * true: `path:line code` → why it is right. The corpus test fails on any finding not explained by
 * cfn-lint or by this list, and on any entry here that is no longer found (the list stays honest).
 */
export const JUDGED_TRUE: Readonly<Record<string, string>> = {
  // CloudFormation templates where cfn-lint reports errors (elsewhere in the file).
  ...Object.fromEntries(
    [5, 7, 8, 9, 10, 22].map((line) => [`cfn/cfn-lint/bad/core/parse_invalid_map.yaml:${line} cloudformation/undefined-reference`, 'No Parameters or such resources: cfn-lint stops at its parse error on line 18, we read on.']),
  ),
  'cfn/cfn-lint/bad/functions_ref.yaml:67 cloudformation/undefined-reference': '${Package} in Fn::Sub: the comment above says "Package doesn\'t exist as parameter".',
  'cfn/cfn-lint/bad/refs.yaml:42 cloudformation/undefined-reference': '${Package} in Fn::Sub: the comment above says "Package doesn\'t exist as parameter".',
  'cfn/cfn-lint/bad/json_parse.json:20 syntax/json': 'The JSON does not parse ("Stack" { on line 5): the parser meets the unbalanced brace again at the end.',
  'cfn/cfn-lint/good/functions/sub_needed.yaml:100 cloudformation/undefined-reference': 'Fn::GetAtt GreetingLambda: no such resource in the template.',
  ...Object.fromEntries(
    [598, 599, 600, 601, 602, 607].map((line) => [`cfn/cfn-lint/good/resource_properties.yaml:${line} cloudformation/undefined-reference`, 'PartitionKey…/SortKey… parameters are referenced but never declared.']),
  ),
  ...Object.fromEntries(
    [11, 12, 15, 16].map((line) => [`cfn/cfn-lint/good/resources/properties/properties_nested_if.yaml:${line} cloudformation/undefined-reference`, 'PrivateSubnet1–3 are referenced but never declared.']),
  ),
  'cfn/cfn-lint/good/resources/properties/properties_nested_if.yaml:14 cloudformation/undefined-condition':
    'The template has no Conditions section: "2AZ" is as undefined as "3AZ" on line 9, which cfn-lint reports (E1028); it stops at the outer Fn::If.',
  'cfn/cfn-lint/bad/conditions.yaml:65 cloudformation/undefined-condition': 'Conditions declares no "isDev"; cfn-lint reports the outer Fn::If\'s undefined "isProd" (line 61) and not the one nested in it.',
  'cfn/cfn-lint/bad/resources/iam/iam_policy.yaml:40 cloudformation/undefined-condition': 'The template has no Conditions section, so "cCondition" is undefined; cfn-lint reports the PolicyDocument\'s shape (a list) instead.',
  'cfn/cfn-lint/bad/duplicate.yaml:15 cloudformation/resource-entry':
    '"Parameters" is no resource attribute (Properties is meant); cfn-lint stops at the duplicate mySnsTopic keys (E0000) and checks nothing else.',
  'cfn/cfn-lint/bad/transform/auto_publish_alias.yaml:23 cloudformation/property-type':
    'AutoPublishAlias { Ref: Stage, Extra: Bad } is a two-key mapping, neither a string nor a Ref; cfn-lint reports it as the SAM transform\'s failure (E0001) on line 1.',
  ...Object.fromEntries(
    [28, 60].map((line) => [
      `cfn/cfn-lint/good/custom/is-defined.yaml:${line} cloudformation/property-type`,
      'Lambda Environment.Variables is "Object of String", "an environment variable is a pair of strings" (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-function-environment.html): a list or a mapping is no value. cfn-lint patches its schema to accept any type there.',
    ]),
  ),

  // AppSpec files (no reference linter: every finding is listed).
  'appspec/0xff0xfe+DVWA/appspec.yml:14 appspec/hook-order': 'ApplicationStop is listed after BeforeInstall; CodeDeploy runs it first.',
  'appspec/0xradical+respriter/appspec.yml:19 appspec/hook-order': 'ApplicationStop is listed after ApplicationStart; CodeDeploy runs it first.',
  'appspec/aws-samples+aws-codedeploy-samples/applications/SampleApp_Linux/appspec.yml:14 appspec/hook-order': 'ApplicationStop is listed after BeforeInstall.',
  'appspec/guilhermetomoike+CodeDeployGitHubDemo/appspec.yml:15 appspec/hook-order': 'BeforeBlockTraffic is listed after AfterAllowTraffic.',
  ...Object.fromEntries(
    ['1 syntax/yaml', '1 appspec/unknown-key', '1 appspec/missing-key', '4 appspec/unknown-key', '5 appspec/unknown-key', '6 appspec/unknown-key'].map((finding) => [
      `appspec/3rd-stone+AWS-url-shorten-serverless-application-pipeline/appspec.yaml:${finding}`,
      'A SAM template (behind a `//` line that is not YAML) saved as appspec.yaml: CodeDeploy would read it as an AppSpec file and reject it.',
    ]),
  ),
  'appspec/AlphaPL+aws-lambda-helloworld/appspec.yaml:23 appspec/unknown-hook': 'The template placeholder "LifeCycleEvent" was never replaced by BeforeAllowTraffic/AfterAllowTraffic.',
  'appspec/AlphaPL+aws-lambda-helloworld/appspec.yml:23 appspec/unknown-hook': 'The template placeholder "LifeCycleEvent" was never replaced.',
  'appspec/Andrew-Chen-Wang+cookiecutter-django-ecs-github/appspec.json:3 appspec/unknown-key': '"files" is an EC2/On-Premises key in an ECS AppSpec file.',
  'appspec/Chrisblurp+Blue-Green-Deploy/appspec.json:2 appspec/version': '"version": 1 — CodeDeploy allows only 0.0.',
  'appspec/Chrisblurp+Blue-Green-Deploy/terraform/appspec.json:2 appspec/version': '"version": 1 — CodeDeploy allows only 0.0.',
  'appspec/Jonathan1503+taller_codedeploy_fargate/appspec.json:2 appspec/version': '"version": 1 — CodeDeploy allows only 0.0.',
  'appspec/Jareechang+ecs-nextjs/appspec.json:1 appspec/missing-key': 'No "version" at all.',
  ...Object.fromEntries(
    [34, 39, 46].map((line) => [
      `appspec/aws-samples+aws-codedeploy-appspec-assistant/server-ec2-and-onPrem-default-appspec-template-advanced/appspec.json:${line} appspec/missing-script`,
      'A template: "script-location" is a placeholder, not a script.',
    ]),
  ),
  ...Object.fromEntries(
    [27, 30, 34].map((line) => [
      `appspec/aws-samples+aws-codedeploy-appspec-assistant/server-ec2-and-onPrem-default-appspec-template-uncommented/appspec.yml:${line} appspec/missing-script`,
      'A template: "script-location" is a placeholder, not a script.',
    ]),
  ),
  'appspec/aws-samples+aws-codedeploy-appspec-assistant/server-ec2-and-onPrem-default-appspec-template-uncommented/appspec.yml:31 appspec/timeout': 'A template: "timeout-in-seconds" is not a number.',
  ...Object.fromEntries(
    [8, 12, 16].map((line) => [
      `appspec/guilhermetomoike+CodeDeployGitHubDemo/appspec.yml:${line} appspec/missing-script`,
      'The source repository has no .deploy/ scripts (no placeholder in the corpus).',
    ]),
  ),

  // IAM policies (every finding is listed).
  ...Object.fromEntries(
    [118, 137].map((line) => [
      `iam/aws-samples+data-perimeter-policy-examples/vpc_endpoint_policies/s3_endpoint_policy.json:${line} iam/action`,
      'The sample keeps the placeholder "<action>" where an action goes: IAM rejects the policy until it is replaced by service:Action.',
    ]),
  ),
  'iam/aws-samples+resource-control-policy-examples/Limit-access-to-trusted-OIDC-identity-providers/Shared-Issuers.json:296 iam/operator-type-mismatch':
    'The Service Authorization Reference types accounts.google.com:google/organization_number as Numeric; the sample compares it with StringEquals.',
};
