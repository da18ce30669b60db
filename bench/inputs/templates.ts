import type { Random } from '../lib/random';

/** A generated IaC file: where it would live (the name decides its family) and its text. */
export interface TemplateInput {
  readonly label: string;
  readonly fileName: string;
  readonly text: string;
}

const HEADER = `AWSTemplateFormatVersion: '2010-09-09'
Description: Synthetic stack for the aws-notes bench
Parameters:
  Stage:
    Type: String
    AllowedValues: [dev, prod]
    Default: dev
  AllowedCidr:
    Type: String
    Default: 10.0.0.0/8
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
  NotProd: !Not [!Condition IsProd]
Resources:`;

/**
 * A CloudFormation YAML template of about `lines` lines: groups of a bucket, a queue, a table, a
 * role with inline policies (with Condition blocks) and a function, tied together by !Ref,
 * !GetAtt, !Sub and !If, some resources conditional.
 */
export function cloudFormationTemplate(lines: number, random: Random): string {
  const out = HEADER.split('\n');
  for (let i = 0; out.length < lines - 4; i++) out.push(...resourceGroup(i, random));
  out.push('Outputs:', '  FirstBucket:', '    Value: !Ref Bucket0', '    Condition: IsProd');
  return `${out.join('\n')}\n`;
}

function resourceGroup(i: number, random: Random): string[] {
  const condition = random.pick(['IsProd', 'NotProd', undefined]);
  const protocol = random.pick(['"true"', '"false"']);
  const operator = random.pick(['StringEquals', 'StringLike', 'ArnLike']);
  return `
  Bucket${i}:
    Type: AWS::S3::Bucket
${condition ? `    Condition: ${condition}\n` : ''}    Properties:
      BucketName: !Sub '\${AWS::StackName}-bucket-${i}'
      VersioningConfiguration:
        Status: ${random.pick(['Enabled', 'Suspended'])}
  Queue${i}:
    Type: AWS::SQS::Queue
    Properties:
      VisibilityTimeout: ${random.int(0, 900)}
      MessageRetentionPeriod: ${random.int(60, 1209600)}
  Table${i}:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions:
        - AttributeName: pk
          AttributeType: S
      KeySchema:
        - AttributeName: pk
          KeyType: HASH
  Role${i}:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              Service: lambda.amazonaws.com
            Action: sts:AssumeRole
      Policies:
        - PolicyName: access-${i}
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action:
                  - s3:GetObject
                  - s3:PutObject
                Resource: !Sub 'arn:aws:s3:::\${AWS::StackName}-bucket-${i}/*'
                Condition:
                  Bool:
                    aws:SecureTransport: ${protocol}
                  ${operator}:
                    aws:PrincipalTag/team: team-${random.int(1, 9)}
              - Effect: Deny
                Action: sqs:*
                Resource: !GetAtt Queue${i}.Arn
                Condition:
                  NotIpAddress:
                    aws:SourceIp: !Ref AllowedCidr
  Function${i}:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: ${random.pick(['nodejs20.x', 'python3.12', 'java21'])}
      Handler: index.handler
      Role: !GetAtt Role${i}.Arn
      Timeout: !If [IsProd, ${random.int(3, 900)}, 10]
      MemorySize: ${random.pick([128, 256, 512, 1024])}
      Environment:
        Variables:
          TABLE: !Ref Table${i}
          QUEUE: !GetAtt Queue${i}.QueueUrl
      Code:
        ZipFile: |
          exports.handler = async () => ({ statusCode: 200 });`
    .split('\n')
    .slice(1);
}

/** A CodeDeploy AppSpec for EC2 with every hook, files and permissions. */
export function appspecFile(random: Random): string {
  const hooks = ['ApplicationStop', 'BeforeInstall', 'AfterInstall', 'ApplicationStart', 'ValidateService'];
  return `version: 0.0
os: linux
files:
  - source: /
    destination: /var/www/html
file_exists_behavior: OVERWRITE
permissions:
  - object: /var/www/html
    owner: apache
    group: apache
    mode: 644
    type:
      - file
hooks:
${hooks.map((hook) => `  ${hook}:\n    - location: scripts/${hook.toLowerCase()}.sh\n      timeout: ${random.int(30, 3600)}\n      runas: root`).join('\n')}
`;
}

/** An Elastic Beanstalk .ebextensions config: packages, option settings, commands and a resource. */
export function ebextensionsFile(random: Random): string {
  return `packages:
  yum:
    git: []
option_settings:
  aws:elasticbeanstalk:command:
    DeploymentPolicy: ${random.pick(['Rolling', 'AllAtOnce', 'Immutable', 'RollingWithAdditionalBatch'])}
    BatchSizeType: Percentage
    BatchSize: ${random.int(10, 50)}
  aws:autoscaling:asg:
    MinSize: ${random.int(1, 3)}
    MaxSize: ${random.int(4, 10)}
  aws:elasticbeanstalk:environment:
    EnvironmentType: LoadBalanced
    LoadBalancerType: application
  aws:elasticbeanstalk:application:environment:
    STAGE: prod
  aws:elasticbeanstalk:xray:
    XRayEnabled: true
commands:
  01_mkdir:
    command: mkdir -p /var/app/logs
    ignoreErrors: true
container_commands:
  01_migrate:
    command: python manage.py migrate
    leader_only: true
Resources:
  NotificationTopic:
    Type: AWS::SNS::Topic
    Properties:
      DisplayName: deploys
`;
}
