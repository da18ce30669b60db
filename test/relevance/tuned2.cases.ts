import type { RelevanceCase } from './relevanceCase';

const TEMPLATE = 'AWSTemplateFormatVersion: "2010-09-09"\n';
const policy = (condition: string, effect = 'Deny', action = 's3:*') =>
  `{"Version":"2012-10-17","Statement":[{"Effect":"${effect}","Action":"${action}","Resource":"*","Condition":${condition}}]}`;

/**
 * The second batch tuned on (README: "The second tuned batch"), written like the second held-out
 * batch: names from `corpusNames.ts` that the earlier batches had not taken, values as well as keys,
 * kept when the notes hold a note about that very thing; labels read off the notes, never through
 * the scorer. Beside each family, in how many files of `../shared/external-iac/` each name occurs.
 */
export const TUNED_2_CASES: readonly RelevanceCase[] = [
  // appspec (62 files): files 26, ApplicationStart 16, AfterAllowTraffic 15, AfterInstall 14, permissions 3, windows 2
  { family: 'appspec', name: 'files key (pack)', notes: 'pack', file: 'appspec.yml', text: 'version: 0.0\nos: linux\nfi‸les:\n  - source: /\n    destination: /var/www/html\n', expect: ['files: source and destination of files to copy onto the instance'] },
  { family: 'appspec', name: 'ApplicationStart hook (pack)', notes: 'pack', file: 'appspec.yml', text: 'version: 0.0\nos: linux\nhooks:\n  Application‸Start:\n    - location: scripts/start.sh\n', expect: ['ApplicationStart: restart services that ApplicationStop stopped'] },
  { family: 'appspec', name: 'Lambda AfterAllowTraffic hook (pack)', notes: 'pack', file: 'appspec.yml', text: 'version: 0.0\nResources:\n  - MyFunction:\n      Type: AWS::Lambda::Function\n      Properties:\n        Name: fn\n        Alias: live\n        CurrentVersion: 1\n        TargetVersion: 2\nHooks:\n  - After‸AllowTraffic: PostHook\n', expect: ['AfterAllowTraffic: tasks after traffic is flowing'] },
  { family: 'appspec', name: 'AfterInstall hook (seed)', notes: 'seed', file: 'appspec.yml', text: 'version: 0.0\nos: linux\nhooks:\n  After‸Install:\n    - location: scripts/after.sh\n', expect: ['AfterInstall'] },
  { family: 'appspec', name: 'permissions key (pack)', notes: 'pack', file: 'appspec.yml', text: 'version: 0.0\nos: linux\nfiles:\n  - source: /\n    destination: /var/www/html\nperm‸issions:\n  - object: /var/www/html\n    owner: apache\n    mode: 755\n', expect: ['permissions: owner, group, mode and ACLs'] },
  { family: 'appspec', name: 'os: windows value (pack)', notes: 'pack', file: 'appspec.yml', text: 'version: 0.0\nos: win‸dows\n', expect: ['os: linux or windows'] },

  // ebextensions (146 files): content 73, aws:autoscaling:launchconfiguration 20, yum 16, cwd 4, aws:elasticbeanstalk:environment 4,
  // EnvironmentType 3 (its value LoadBalanced, beside the SingleInstance of the corpus), Timeout 3, test 2, DeploymentPolicy 2
  // (values RollingWithAdditionalBatch 1 and TrafficSplitting, which the corpus does not use)
  { family: 'ebextensions', name: 'content field (pack)', notes: 'pack', file: '.ebextensions/files.config', text: 'files:\n  /etc/app.conf:\n    mode: "000644"\n    con‸tent: |\n      port=8080\n', expect: ['files: create files on the instance'] },
  { family: 'ebextensions', name: 'aws:autoscaling:launchconfiguration namespace (pack)', notes: 'pack', file: '.ebextensions/instances.config', text: 'option_settings:\n  aws:autoscaling:launch‸configuration:\n    InstanceType: t3.small\n', expect: ['aws:autoscaling:launchconfiguration → InstanceType'] },
  { family: 'ebextensions', name: 'yum key (pack)', notes: 'pack', file: '.ebextensions/packages.config', text: 'packages:\n  y‸um:\n    git: []\n', expect: ['packages: install packages'] },
  { family: 'ebextensions', name: 'cwd field (pack)', notes: 'pack', file: '.ebextensions/app.config', text: 'container_commands:\n  01_build:\n    command: make\n    c‸wd: /var/app/staging\n', expect: ['env and cwd:'] },
  { family: 'ebextensions', name: 'aws:elasticbeanstalk:environment namespace (pack)', notes: 'pack', file: '.ebextensions/env.config', text: 'option_settings:\n  aws:elasticbeanstalk:‸environment:\n    EnvironmentType: LoadBalanced\n', expect: ['aws:elasticbeanstalk:environment → EnvironmentType'] },
  { family: 'ebextensions', name: 'EnvironmentType: LoadBalanced (seed)', notes: 'seed', file: '.ebextensions/env.config', text: 'option_settings:\n  aws:elasticbeanstalk:environment:\n    EnvironmentType: Load‸Balanced\n', expect: ['High Availability with Load Balancer'] },
  { family: 'ebextensions', name: 'Timeout option (pack)', notes: 'pack', file: '.ebextensions/deploy.config', text: 'option_settings:\n  aws:elasticbeanstalk:command:\n    Time‸out: 900\n', expect: ['aws:elasticbeanstalk:command → DeploymentPolicy'] },
  { family: 'ebextensions', name: 'test field (pack)', notes: 'pack', file: '.ebextensions/app.config', text: 'container_commands:\n  01_migrate:\n    command: ./migrate\n    te‸st: test -f .migrate\n', expect: ['test: run the command only if'] },
  { family: 'ebextensions', name: 'DeploymentPolicy: RollingWithAdditionalBatch (pack)', notes: 'pack', file: '.ebextensions/deploy.config', text: 'option_settings:\n  aws:elasticbeanstalk:command:\n    DeploymentPolicy: RollingWith‸AdditionalBatch\n', expect: ['RollingWithAdditionalBatch: like Rolling'] },
  { family: 'ebextensions', name: 'DeploymentPolicy: TrafficSplitting (seed)', notes: 'seed', file: '.ebextensions/deploy.config', text: 'option_settings:\n  aws:elasticbeanstalk:command:\n    DeploymentPolicy: Traffic‸Splitting\n', expect: ['Traffic splitting'] },

  // cloudformation (443 files): Conditions 115, AWS::Region 91, Mappings 70, DependsOn 68, AWS::NoValue 62, !If 58, UserData 53,
  // CreationPolicy 29, Retain 23, VisibilityTimeout 3
  { family: 'cloudformation', name: 'Conditions section (pack)', notes: 'pack', file: 'template.yaml', text: `${TEMPLATE}Parameters:\n  Stage:\n    Type: String\nCondi‸tions:\n  IsProd: !Equals [!Ref Stage, prod]\nResources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Condition: IsProd\n`, expect: ['Conditions: named conditions'] },
  { family: 'cloudformation', name: 'AWS::Region pseudo parameter (pack)', notes: 'pack', file: 'template.yaml', text: `${TEMPLATE}Resources:\n  Topic:\n    Type: AWS::SNS::Topic\nOutputs:\n  Region:\n    Value: !Ref AWS::Re‸gion\n`, expect: ['AWS::Region → the Region of the stack'] },
  { family: 'cloudformation', name: 'Mappings section (seed)', notes: 'seed', file: 'template.yaml', text: `${TEMPLATE}Map‸pings:\n  RegionMap:\n    us-east-1:\n      Ami: ami-0abcdef1234567890\nResources:\n  Topic:\n    Type: AWS::SNS::Topic\n`, expect: ['Mappings: constants to declare'] },
  { family: 'cloudformation', name: 'DependsOn attribute (pack)', notes: 'pack', file: 'template.yaml', text: `${TEMPLATE}Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n  Queue:\n    Type: AWS::SQS::Queue\n    Depends‸On: Topic\n`, expect: ['DependsOn: forces one resource'] },
  { family: 'cloudformation', name: 'AWS::NoValue pseudo parameter', notes: 'cfn-iam', file: 'template.yaml', text: `${TEMPLATE}Conditions:\n  HasName: !Equals [a, b]\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !If [HasName, my-bucket, !Ref AWS::No‸Value]\n`, expect: ['Pseudo parameters: AWS::Region, AWS::AccountId, AWS::StackName, AWS::NoValue'] },
  { family: 'cloudformation', name: '!If (pack)', notes: 'pack', file: 'template.yaml', text: `${TEMPLATE}Conditions:\n  IsProd: !Equals [a, b]\nResources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      DelaySeconds: !I‸f [IsProd, 0, 5]\n`, expect: ['Fn::If → returns one of two values'] },
  { family: 'cloudformation', name: 'EC2 UserData (pack)', notes: 'pack', file: 'template.yaml', text: `${TEMPLATE}Resources:\n  Web:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: ami-0abcdef1234567890\n      User‸Data: !Base64 "#!/bin/bash\\nyum -y update"\n`, expect: ['User data: a script that runs once at first boot'] },
  { family: 'cloudformation', name: 'CreationPolicy attribute (pack)', notes: 'pack', file: 'template.yaml', text: `${TEMPLATE}Resources:\n  Web:\n    Type: AWS::EC2::Instance\n    Creation‸Policy:\n      ResourceSignal:\n        Timeout: PT15M\n    Properties:\n      ImageId: ami-0abcdef1234567890\n`, expect: ['CreationPolicy: waits for success signals'] },
  { family: 'cloudformation', name: 'DeletionPolicy: Retain value (pack)', notes: 'pack', file: 'template.yaml', text: `${TEMPLATE}Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    DeletionPolicy: Ret‸ain\n`, expect: ['DeletionPolicy: what happens to the resource'] },
  { family: 'cloudformation', name: 'SQS VisibilityTimeout (study)', notes: 'study', file: 'template.yaml', text: `${TEMPLATE}Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      Visibility‸Timeout: 120\n`, expect: ['Mnemonic for the visibility timeout'] },

  // iam (120 files with Condition blocks): true 42 (here of Null), Bool 31, BoolIfExists 19, aws:ViaAWSService 12, aws:ResourceOrgID 11,
  // StringNotEquals 10
  { family: 'iam', name: 'Null: "true" value (pack)', notes: 'pack', file: 'policy.json', text: policy('{"Null":{"aws:RequestTag/CostCenter":"tr‸ue"}}', 'Deny', 'ec2:RunInstances'), expect: ['Null: checks whether a condition key is present'] },
  { family: 'iam', name: 'Bool (study)', notes: 'study', file: 'policy.json', text: policy('{"Bo‸ol":{"aws:SecureTransport":"false"}}'), expect: ['Refuse plain HTTP by denying when aws:SecureTransport is false'] },
  { family: 'iam', name: 'BoolIfExists', notes: 'cfn-iam', file: 'policy.json', text: policy('{"Bool‸IfExists":{"aws:MultiFactorAuthPresent":"false"}}', 'Deny', '*'), expect: ['aws:MultiFactorAuthPresent is absent for long-term keys'] },
  { family: 'iam', name: 'aws:ViaAWSService (pack)', notes: 'pack', file: 'policy.json', text: policy('{"Bool":{"aws:ViaAWS‸Service":"false"}}', 'Deny', 'kms:Decrypt'), expect: ['aws:ViaAWSService → whether a service made the request'] },
  { family: 'iam', name: 'aws:ResourceOrgID (pack)', notes: 'pack', file: 'policy.json', text: policy('{"StringNotEquals":{"aws:ResourceOrg‸ID":"o-a1b2c3d4e5"}}', 'Deny', 's3:*'), expect: ['aws:ResourceOrgID → the Organizations ID'] },
  { family: 'iam', name: 'StringNotEquals (seed)', notes: 'seed', file: 'policy.json', text: policy('{"StringNot‸Equals":{"s3:x-amz-server-side-encryption":"aws:kms"}}', 'Deny', 's3:PutObject'), expect: ['Force KMS encryption by DENY if'] },

  // lookup: the facts halfway between those the second held-out batch took (the seed notes' 133rd and 665th, the pack's 192nd,
  // 962nd and 1347th, the study notes' 4th), or the next one that states something specific: the 136th and 667th of the seed
  // notes (the 665th was an earlier case), the pack's 964th (its 962nd is stated twice in the pack) and the topic of its 1347th
  { family: 'lookup', name: 'cloudfront trusted key groups (seed)', notes: 'seed', query: 'cloudfront trusted key groups', expect: ["When signing it's recommend to use trusted key group"] },
  { family: 'lookup', name: 'xray upload trace segments (seed)', notes: 'seed', query: 'xray upload trace segments', expect: ['PutTraceSegments: upload segment to XRay'] },
  { family: 'lookup', name: 'step functions activity workers (pack)', notes: 'pack', query: 'step functions activity workers', expect: ['Activities: workers you host poll Step Functions'] },
  { family: 'lookup', name: 'kinesis iterator age (pack)', notes: 'pack', query: 'kinesis iterator age', expect: ['GetRecords.IteratorAgeMilliseconds'] },
  { family: 'lookup', name: 'ec2 cluster placment, typo (pack)', notes: 'pack', query: 'ec2 cluster placment', expect: ['Cluster placement group:'] },
  { family: 'lookup', name: 'sqs message group ordering (study)', notes: 'study', query: 'sqs message group ordering', expect: ['MessageGroupId: ordering is kept inside one message group'] },
];
