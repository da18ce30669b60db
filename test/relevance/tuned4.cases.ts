import type { RelevanceCase } from './relevanceCase';
import { jsonTemplate, TEMPLATE } from './templateText';

/**
 * The fourth batch tuned on (README: "The fourth tuned batch"), for the two families whose
 * held-out recall is weakest: Look Up Fact and CloudFormation hovers. Written like the earlier
 * batches: lookup facts picked by a stated rule, the query what a learner would type having
 * forgotten the fact; labels read off the notes, never through the scorer.
 */
export const TUNED_4_CASES: readonly RelevanceCase[] = [
  // cloudformation (443 files), the names no earlier batch took, down the list, kept when the notes hold a note about that very
  // thing: sections AWSTemplateFormatVersion 365, Description 257 (JSON), Rules 22 (JSON); a resource attribute Condition 65;
  // short tags !Join 47, !Select 37, !Not 32, !Base64 30, !GetAZs 25; pseudo parameters AWS::StackName 34 (JSON), AWS::AccountId
  // 26; resource types AWS::S3::Bucket 61 (a retained bucket, on cfn-iam), AWS::Serverless::Function 37, AWS::IAM::InstanceProfile
  // 36; properties Policies 71 (a SAM function's, with a policy template: the seed notes), TemplateURL 24 (a nested stack),
  // MemorySize 22 (Lambda), BucketName 21 (the pack; tuned on cfn-iam before); a list item's SourceSecurityGroupId 21 (in
  // SecurityGroupIngress); an output's Export on the seed notes (tuned on the pack before). Passed over: Handler 84, Runtime 82,
  // Tags 76, InstanceType 70, AllowedPattern 64 and an RDS DBInstance 25 (no note about them); Fn::Sub 63, Fn::If 50, Fn::Join 41,
  // Fn::GetAtt 34, Fn::Equals 24 (the JSON forms of tags of this or an earlier batch, on the same notes);
  // AWS::CloudFormation::Interface 32 and a custom resource's ServiceToken 25 (no hover asks the notes there)
  { family: 'cloudformation', name: 'AWSTemplateFormatVersion section (pack)', notes: 'pack', file: 'template.yaml', text: 'AWSTemplateFormat‸Version: "2010-09-09"\nResources:\n  Topic:\n    Type: AWS::SNS::Topic\n', expect: ['AWSTemplateFormatVersion: the template format version'] },
  { family: 'cloudformation', name: 'Description section, JSON (pack)', notes: 'pack', file: 'template.json', text: jsonTemplate({ 'Descr‸iption': 'Queue for incoming orders', Resources: { Queue: { Type: 'AWS::SQS::Queue' } } }), expect: ['Description: a text string describing the template'] },
  { family: 'cloudformation', name: 'Rules section, JSON (pack)', notes: 'pack', file: 'template.json', text: jsonTemplate({ Parameters: { Stage: { Type: 'String' }, InstanceType: { Type: 'String' } }, 'Ru‸les': { ProdSize: { RuleCondition: { 'Fn::Equals': [{ Ref: 'Stage' }, 'prod'] }, Assertions: [{ Assert: { 'Fn::Contains': [['m5.large'], { Ref: 'InstanceType' }] }, AssertDescription: 'prod runs on m5.large' }] } }, Resources: { Topic: { Type: 'AWS::SNS::Topic' } } }), expect: ['Rules: validate parameter values'] },
  { family: 'cloudformation', name: 'AWS::Serverless::Function type (pack)', notes: 'pack', file: 'template.yaml', text: `${TEMPLATE}Transform: AWS::Serverless-2016-10-31\nResources:\n  Api:\n    Type: AWS::Serverless::Func‸tion\n    Properties:\n      Handler: app.handler\n      Runtime: python3.12\n      CodeUri: src/\n`, expect: ['AWS::Serverless::Function'] },
  { family: 'cloudformation', name: 'Condition resource attribute (pack)', notes: 'pack', file: 'template.yaml', text: `${TEMPLATE}Parameters:\n  Stage:\n    Type: String\nConditions:\n  IsProd: !Equals [!Ref Stage, prod]\nResources:\n  Alarms:\n    Type: AWS::SNS::Topic\n    Condi‸tion: IsProd\n`, expect: ['Condition: creates the resource only when'] },
  { family: 'cloudformation', name: '!Join (pack)', notes: 'pack', file: 'template.yaml', text: `${TEMPLATE}Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !Jo‸in ["-", [orders, !Ref AWS::Region]]\n`, expect: ['Fn::Join → joins a list of values'] },
  { family: 'cloudformation', name: '!Select (pack)', notes: 'pack', file: 'template.yaml', text: `${TEMPLATE}Parameters:\n  VpcId:\n    Type: AWS::EC2::VPC::Id\nResources:\n  Subnet:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: !Ref VpcId\n      CidrBlock: 10.0.1.0/24\n      AvailabilityZone: !Sel‸ect [0, !GetAZs ""]\n`, expect: ['Fn::Select → picks one item'] },
  { family: 'cloudformation', name: '!Not (pack)', notes: 'pack', file: 'template.yaml', text: `${TEMPLATE}Parameters:\n  Stage:\n    Type: String\nConditions:\n  IsProd: !Equals [!Ref Stage, prod]\n  IsNotProd: !N‸ot [!Condition IsProd]\nResources:\n  Topic:\n    Type: AWS::SNS::Topic\n`, expect: ['Fn::Not → negates a condition'] },
  { family: 'cloudformation', name: '!Base64 (pack)', notes: 'pack', file: 'template.yaml', text: `${TEMPLATE}Resources:\n  Web:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: ami-0abcdef1234567890\n      UserData: !Base‸64 |\n        #!/bin/bash\n        dnf install -y nginx\n`, expect: ['Fn::Base64 → Base64-encodes a string'] },
  { family: 'cloudformation', name: '!GetAZs (pack)', notes: 'pack', file: 'template.yaml', text: `${TEMPLATE}Resources:\n  Group:\n    Type: AWS::AutoScaling::AutoScalingGroup\n    Properties:\n      MinSize: "1"\n      MaxSize: "2"\n      AvailabilityZones: !Get‸AZs ""\n      LaunchTemplate:\n        LaunchTemplateId: lt-0abcdef1234567890\n        Version: "1"\n`, expect: ['Fn::GetAZs → lists the Availability Zones'] },
  { family: 'cloudformation', name: 'AWS::StackName pseudo parameter, JSON (pack)', notes: 'pack', file: 'template.json', text: jsonTemplate({ Resources: { Topic: { Type: 'AWS::SNS::Topic', Properties: { TopicName: { 'Fn::Join': ['-', [{ Ref: 'AWS::Stack‸Name' }, 'alerts']] } } } } }), expect: ['AWS::StackName → the name of the stack'] },
  { family: 'cloudformation', name: 'AWS::IAM::InstanceProfile type (pack)', notes: 'pack', file: 'template.yaml', text: `${TEMPLATE}Resources:\n  Profile:\n    Type: AWS::IAM::Instance‸Profile\n    Properties:\n      Roles:\n        - web-server-role\n`, expect: ['Instance profile: attaches an IAM role to an instance'] },
  { family: 'cloudformation', name: 'AWS::S3::Bucket type, retained', notes: 'cfn-iam', file: 'template.yaml', text: `${TEMPLATE}Resources:\n  Logs:\n    Type: AWS::S3::Buc‸ket\n    DeletionPolicy: Retain\n`, expect: ['AWS::S3::Bucket with DeletionPolicy Retain survives'] },
  { family: 'cloudformation', name: 'SAM Policies with a policy template (seed)', notes: 'seed', file: 'template.yaml', text: `${TEMPLATE}Transform: AWS::Serverless-2016-10-31\nResources:\n  Reader:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: app.handler\n      Runtime: python3.12\n      CodeUri: src/\n      Polic‸ies:\n        - S3ReadPolicy:\n            BucketName: uploads\n`, expect: ['AWS Policy Templates: to give permission'] },
  { family: 'cloudformation', name: 'AWS::AccountId pseudo parameter (pack)', notes: 'pack', file: 'template.yaml', text: `${TEMPLATE}Resources:\n  Topic:\n    Type: AWS::SNS::Topic\nOutputs:\n  Account:\n    Value: !Ref AWS::Account‸Id\n`, expect: ['AWS::AccountId → the account ID of the stack'] },
  { family: 'cloudformation', name: 'nested stack TemplateURL (pack)', notes: 'pack', file: 'template.yaml', text: `${TEMPLATE}Resources:\n  Network:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      Template‸URL: https://s3.amazonaws.com/my-bucket/network.yaml\n      Parameters:\n        CidrBlock: 10.0.0.0/16\n`, expect: ['Nested stacks: a stack created as an AWS::CloudFormation::Stack resource'] },
  { family: 'cloudformation', name: 'Lambda MemorySize (pack)', notes: 'pack', file: 'template.yaml', text: `${TEMPLATE}Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: nodejs20.x\n      Handler: index.handler\n      Role: arn:aws:iam::123456789012:role/fn\n      Memory‸Size: 1024\n      Code:\n        ZipFile: "exports.handler = async () => 'ok';"\n`, expect: ['Memory: 128 MB to 10,240 MB'] },
  { family: 'cloudformation', name: 'S3 BucketName (pack)', notes: 'pack', file: 'template.yaml', text: `${TEMPLATE}Resources:\n  Assets:\n    Type: AWS::S3::Bucket\n    Properties:\n      Bucket‸Name: acme-static-assets\n`, expect: ['Bucket names are globally unique'] },
  { family: 'cloudformation', name: 'SecurityGroupIngress SourceSecurityGroupId (pack)', notes: 'pack', file: 'template.yaml', text: `${TEMPLATE}Resources:\n  AppGroup:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: app servers\n      VpcId: vpc-0abc1234\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 8080\n          ToPort: 8080\n          SourceSecurity‸GroupId: sg-0123456789abcdef0\n`, expect: ['Rules can reference other security groups as the source'] },
  { family: 'cloudformation', name: 'Output Export (seed)', notes: 'seed', file: 'template.yaml', text: `${TEMPLATE}Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\nOutputs:\n  VpcId:\n    Value: !Ref Vpc\n    Expo‸rt:\n      Name: shared-vpc-id\n`, expect: ['Cross stack:'] },

  // lookup: every 160th fact of the seed notes' 800 from the 40th (40, 200, 360, 520, 680), every 170th of the pack's 1,540 from the
  // 85th (85, 255, 425, 595, 765, 935, 1105, 1275, 1445), and each sample file's 2nd and second-to-last (offset from the facts the
  // earlier batches took), or the next one that states something specific: the seed notes' 42nd (the 40th is a bare heading, the
  // 41st says "Some of the API") and 681st (the 680th is SES's "Send email"), the pack's 426th and 936th (the 425th and 935th are
  // headings), the iac notes' 3rd (the 2nd is the heading "Hooks"). Queries of 2 to 5 words, written the way people type: some
  // without the service, three with a typo, some with another form of a word or a word the note does not use, two as questions.
  { family: 'lookup', name: 'kms encrypt max size (seed)', notes: 'seed', query: 'kms encrypt max size', expect: ['Encrypt: 4KB encrypt'] },
  { family: 'lookup', name: 'dynamodb all or nothing writes (seed)', notes: 'seed', query: 'dynamodb all or nothing writes', expect: ['Transactional: Single or nothing'] },
  { family: 'lookup', name: 'beanstalk web tier resources (seed)', notes: 'seed', query: 'beanstalk web tier resources', expect: ['Have ELB with EC2 running web server with ASG'] },
  { family: 'lookup', name: 'can kinesis replay records (seed)', notes: 'seed', query: 'can kinesis replay records', expect: ['Ability to replay data'] },
  { family: 'lookup', name: 'exponential backof wait time, typo (seed)', notes: 'seed', query: 'exponential backof wait time', expect: ['Keep trying, the next tries exponentially double'] },
  { family: 'lookup', name: 'sam publish serverless repository (pack)', notes: 'pack', query: 'sam publish serverless repository', expect: ['sam publish: publish the application to SAR', 'Publish: sam publish, or the console'] },
  { family: 'lookup', name: 'cloudformation edit stack template (pack)', notes: 'pack', query: 'cloudformation edit stack template', expect: ['Templates are not edited in place'] },
  { family: 'lookup', name: 'before block traffic hook (pack)', notes: 'pack', query: 'before block traffic hook', expect: ['BeforeBlockTraffic: tasks on an instance before it is deregistered'] },
  { family: 'lookup', name: 'dynamodb stream image options (pack)', notes: 'pack', query: 'dynamodb stream image options', expect: ['StreamViewType values: KEYS_ONLY'] },
  { family: 'lookup', name: 'redis without cluster mode scaling (pack)', notes: 'pack', query: 'redis without cluster mode scaling', expect: ['Simpler and cheaper, scales reads but not writes'] },
  { family: 'lookup', name: 'kinesis enhanced fanout api (pack)', notes: 'pack', query: 'kinesis enhanced fanout api', expect: ['SubscribeToShard API (push over HTTP/2)'] },
  { family: 'lookup', name: 'update xray sampling without deploy (pack)', notes: 'pack', query: 'update xray sampling without deploy', expect: ['Custom sampling rules can be changed centrally'] },
  { family: 'lookup', name: 'direct conect physical link, typo (pack)', notes: 'pack', query: 'direct conect physical link', expect: ['A physical connection from your network to an AWS Direct Connect location'] },
  { family: 'lookup', name: 'iam condition number not equal (pack)', notes: 'pack', query: 'iam condition number not equal', expect: ['NumericNotEquals: the number differs'] },
  { family: 'lookup', name: 'cloudformation region specific ami (cfn-iam)', notes: 'cfn-iam', query: 'cloudformation region specific ami', expect: ['Mappings: static lookup tables'] },
  { family: 'lookup', name: 'require mfa policy condition (cfn-iam)', notes: 'cfn-iam', query: 'require mfa policy condition', expect: ['aws:MultiFactorAuthPresent is absent for long-term keys'] },
  { family: 'lookup', name: 'why applicationstop fails deployment (iac)', notes: 'iac', query: 'why applicationstop fails deployment', expect: ['ApplicationStop runs the scripts of the previous revision'] },
  { family: 'lookup', name: 'beanstalk xray deamon, typo (iac)', notes: 'iac', query: 'beanstalk xray deamon', expect: ['XRayEnabled in aws:elasticbeanstalk:xray'] },
  { family: 'lookup', name: 'sqs receive wait max seconds (study)', notes: 'study', query: 'sqs receive wait max seconds', expect: ['Long polling: ReceiveMessageWaitTimeSeconds'] },
  { family: 'lookup', name: 'enforce https bucket policy (study)', notes: 'study', query: 'enforce https bucket policy', expect: ['Refuse plain HTTP by denying'] },
];
