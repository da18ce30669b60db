import type { Certification } from './certification';

/**
 * AWS Certified Developer – Associate (DVA-C02): the exam guide's four content domains, their
 * weights and their task statements, then which task statement the notes' services and topics
 * prepare for.
 *
 * Sources (the guide, version 1.x):
 * - overview, domains and weights: https://docs.aws.amazon.com/aws-certification/latest/developer-associate-02/developer-associate-02.html
 *   (Development with AWS Services 32 %, Security 26 %, Deployment 24 %, Troubleshooting and
 *   Optimization 18 %).
 * - each domain's page, cited on the domain below. Domain 3's task statements were checked
 *   against the stored copy of its page; domains 1, 2 and 4 against the guide's PDF text.
 *
 * The guide lists task statements, not services: the `services` and `topics` tables are our
 * judgement, each with its reason, and say which task statement a fact mostly trains.
 */
const GUIDE = 'https://docs.aws.amazon.com/aws-certification/latest/developer-associate-02';

export const DVA_C02: Certification = {
  id: 'DVA-C02',
  title: 'AWS Certified Developer – Associate (DVA-C02)',
  source: `${GUIDE}/developer-associate-02.html`,
  domains: [
    {
      id: '1',
      name: 'Development with AWS Services',
      weight: 0.32,
      source: `${GUIDE}/developer-associate-02-domain1.html`,
      tasks: [
        { id: '1.1', text: 'Develop code for applications hosted on AWS' },
        { id: '1.2', text: 'Develop code for AWS Lambda' },
        { id: '1.3', text: 'Use data stores in application development' },
      ],
    },
    {
      id: '2',
      name: 'Security',
      weight: 0.26,
      source: `${GUIDE}/developer-associate-02-domain2.html`,
      tasks: [
        { id: '2.1', text: 'Implement authentication and/or authorization for applications and AWS services' },
        { id: '2.2', text: 'Implement encryption by using AWS services' },
        { id: '2.3', text: 'Manage sensitive data in application code' },
      ],
    },
    {
      id: '3',
      name: 'Deployment',
      weight: 0.24,
      source: `${GUIDE}/developer-associate-02-domain3.html`,
      tasks: [
        { id: '3.1', text: 'Prepare application artifacts to be deployed to AWS' },
        { id: '3.2', text: 'Test applications in development environments' },
        { id: '3.3', text: 'Automate deployment testing' },
        { id: '3.4', text: 'Deploy code by using AWS Continuous Integration and Continuous Delivery (CI/CD) services' },
      ],
    },
    {
      id: '4',
      name: 'Troubleshooting and Optimization',
      weight: 0.18,
      source: `${GUIDE}/developer-associate-02-domain4.html`,
      tasks: [
        { id: '4.1', text: 'Assist in a root cause analysis' },
        { id: '4.2', text: 'Instrument code for observability' },
        { id: '4.3', text: 'Optimize applications by using AWS services and features' },
      ],
    },
  ],
  // Tried in order: troubleshooting words before instrumentation ones ("troubleshoot with CloudWatch Logs" is 4.1).
  topics: [
    { pattern: /\b(?:secrets? manager|parameter store|securestring|hard-?coded (?:credentials|secrets)|sensitive data|rotat(?:e|ion) (?:of )?(?:the )?secrets?)\b/i, task: '2.3', reason: 'Keeping secrets and configuration out of code is what task 2.3 is about.' },
    { pattern: /\b(?:encrypt\w*|decrypt\w*|kms|sse-(?:s3|kms|c)|envelope|data keys?|tls|https only|in transit|at rest|certificates?)\b/i, task: '2.2', reason: 'Encryption at rest and in transit, keys and certificates: task 2.2.' },
    { pattern: /\b(?:iam|polic(?:y|ies)|roles?|permissions?|least privilege|authori[sz]\w*|authenticat\w*|cognito|sts|assume ?role|credentials|signed (?:urls?|cookies)|presigned)\b/i, task: '2.1', reason: 'Who may call what (policies, roles, tokens, signed requests): task 2.1.' },
    { pattern: /\b(?:troubleshoot\w*|debug\w*|root cause|error codes?|throttl\w*|exceptions?|provisionedthroughputexceeded|\d{3} (?:error|status)|flow logs?)\b/i, task: '4.1', reason: 'Reading errors, throttling and failures to find their cause: task 4.1.' },
    { pattern: /\b(?:x-ray|tracing|traces?|trace header|segments?|subsegments?|annotations?|metrics?|dimensions?|embedded metric|structured log\w*|cloudwatch logs?|log groups?|alarms?|dashboards?)\b/i, task: '4.2', reason: 'Logs, metrics, traces and alarms are the instrumentation of task 4.2.' },
    { pattern: /\b(?:cach\w*|latency|performance|optimi[sz]\w*|provisioned concurrency|cost|cheaper|burst\w*|hot partitions?|high-cardinality partition keys?)\b/i, task: '4.3', reason: 'Caching, capacity and latency choices optimise an application: task 4.3.' },
    { pattern: /\b(?:blue\/green|blue-green|canary|linear|all-at-once|rolling|immutable|traffic shift\w*|rollbacks?|deployment (?:configs?|configurations?|policies|types?|groups?)|appspec|lifecycle (?:event )?hooks?)\b/i, task: '3.4', reason: 'Deployment strategies and their rollbacks are how task 3.4 deploys code.' },
    { pattern: /\b(?:exponential backoff|jitter|retr(?:y|ies) with|circuit breaker|idempoten\w*)\b/i, task: '1.1', reason: 'Fault-tolerant patterns (retries with exponential backoff, idempotency) are knowledge of task 1.1.' },
    { pattern: /\b(?:unit tests?|integration tests?|mock\w*|sam local|test events?|stage variables)\b/i, task: '3.2', reason: 'Testing in development environments (stages, local runs, mocks): task 3.2.' },
  ],
  services: {
    // Domain 1: writing the application.
    AppSync: { task: '1.1', reason: 'A GraphQL API the application code calls and extends (task 1.1: creating and maintaining APIs).' },
    'API Gateway': { task: '1.1', others: ['3.2'], reason: 'APIs with request/response transformations (1.1); stages for testing (3.2).' },
    SQS: { task: '1.1', reason: 'Writing code that uses a messaging service (1.1).' },
    SNS: { task: '1.1', reason: 'Messaging and fan-out from application code (1.1).' },
    EventBridge: { task: '1.1', reason: 'Event-driven patterns in application code (1.1).' },
    'Step Functions': { task: '1.1', reason: 'Orchestration, an architecture pattern of task 1.1.' },
    Kinesis: { task: '1.1', reason: 'Handling data streaming with AWS services (1.1).' },
    'Kinesis Data Firehose': { task: '1.1', reason: 'Data streaming delivery (1.1).' },
    'Kinesis Data Analytics': { task: '1.1', reason: 'Data streaming processing (1.1).' },
    MSK: { task: '1.1', reason: 'Data streaming (1.1).' },
    SES: { task: '1.1', reason: 'Calling an AWS service API from application code (1.1).' },
    'Cloud Map': { task: '1.1', reason: 'Service discovery used by application code (1.1).' },
    EC2: { task: '1.1', reason: 'Where applications hosted on AWS run (1.1).' },
    'Auto Scaling': { task: '1.1', others: ['4.3'], reason: 'Scaling the fleet an application runs on (1.1), a capacity choice too (4.3).' },
    'Elastic Load Balancing': { task: '1.1', reason: 'Fronting an application hosted on AWS (1.1).' },
    VPC: { task: '1.2', reason: 'Reaching private resources in a VPC from Lambda is listed under task 1.2; VPC design itself is out of scope.' },
    Subnet: { task: '1.2', reason: 'As VPC: the network a function or application reaches resources through.' },
    'VPC Endpoints': { task: '1.2', reason: 'Private access to AWS services from code in a VPC (1.2).' },
    'NAT Gateway': { task: '1.2', reason: 'Outbound internet access for functions in private subnets (1.2).' },
    'Internet Gateway': { task: '1.2', reason: 'As VPC: the network an application reaches the internet through.' },
    'VPC Peering': { task: '1.2', reason: 'As VPC: reaching resources in another VPC.' },
    'Site-to-Site VPN': { task: '1.2', reason: 'As VPC: reaching on-premises resources.' },
    'Direct Connect': { task: '1.2', reason: 'As VPC: reaching on-premises resources.' },
    Lambda: { task: '1.2', reason: 'Task 1.2 is Lambda.' },
    DynamoDB: { task: '1.3', others: ['4.3'], reason: 'A data store used from application code (1.3); capacity and keys are optimisation (4.3).' },
    DAX: { task: '1.3', others: ['4.3'], reason: 'A cache for a data store (1.3, 4.3).' },
    S3: { task: '1.3', reason: 'Object storage used from application code (1.3).' },
    RDS: { task: '1.3', reason: 'A relational data store (1.3).' },
    ElastiCache: { task: '1.3', others: ['4.3'], reason: 'A cache data store and its strategies (1.3, 4.3).' },
    EBS: { task: '1.3', reason: 'Block storage for an application (1.3).' },
    Athena: { task: '1.3', reason: 'Querying data in S3 (1.3).' },
    Glue: { task: '1.3', reason: 'Data catalog and ETL over data stores (1.3).' },
    DataSync: { task: '1.3', reason: 'Moving data between stores (1.3).' },
    // Domain 2: security.
    IAM: { task: '2.1', reason: 'Policies and roles authorize applications and services (2.1).' },
    STS: { task: '2.1', reason: 'Temporary credentials and assumed roles (2.1).' },
    Cognito: { task: '2.1', reason: 'User authentication for applications (2.1).' },
    'Security Group': { task: '2.1', reason: 'Authorizes network traffic to an application (our reading of 2.1; network design is out of scope).' },
    NACL: { task: '2.1', reason: 'As Security Group: which traffic may reach the subnet.' },
    KMS: { task: '2.2', reason: 'Keys for encryption (2.2).' },
    ACM: { task: '2.2', reason: 'Certificates for encryption in transit (2.2).' },
    'Secrets Manager': { task: '2.3', reason: 'Secrets kept out of application code (2.3).' },
    'SSM Parameter Store': { task: '2.3', others: ['3.1'], reason: 'Sensitive data and configuration outside code (2.3), per-environment configuration (3.1).' },
    // Domain 3: deployment.
    SAM: { task: '3.1', others: ['3.2'], reason: 'Packaging serverless artifacts (3.1); sam local for testing (3.2).' },
    SAR: { task: '3.1', reason: 'Published application artifacts (3.1).' },
    CodeArtifact: { task: '3.1', reason: 'Managing code dependencies for packages (3.1).' },
    ECR: { task: '3.1', reason: 'Container images as deployment artifacts (3.1).' },
    CodeCommit: { task: '3.1', others: ['3.4'], reason: 'Code repositories in deployment environments (3.1).' },
    Cloud9: { task: '3.2', reason: 'A development environment (3.2).' },
    CodeBuild: { task: '3.3', others: ['3.4'], reason: 'Builds and tests run in a pipeline: automated deployment testing (3.3).' },
    CodeDeploy: { task: '3.4', reason: 'Deploying code with a CI/CD service (3.4).' },
    CodePipeline: { task: '3.4', reason: 'The CI/CD workflow itself (3.4).' },
    CodeStar: { task: '3.4', reason: 'A CI/CD project wrapper (3.4).' },
    'Elastic Beanstalk': { task: '3.4', reason: 'Deploying application versions with deployment policies (3.4).' },
    CloudFormation: { task: '3.4', others: ['3.1'], reason: 'Infrastructure deployed as code (3.4), templates as artifacts (3.1).' },
    ECS: { task: '3.4', others: ['1.1'], reason: 'Deploying containers (3.4) that host applications (1.1).' },
    // Domain 4: troubleshooting and optimisation.
    CloudTrail: { task: '4.1', reason: 'The record of API calls used to find a root cause (4.1).' },
    'VPC Flow Logs': { task: '4.1', reason: 'Network logs read in a root cause analysis (4.1).' },
    FIS: { task: '4.1', reason: 'Injecting faults to see how an application fails (our reading of 4.1).' },
    CloudWatch: { task: '4.2', reason: 'Logs, metrics and alarms: instrumentation (4.2).' },
    'X-Ray': { task: '4.2', others: ['4.1'], reason: 'Tracing (4.2), read to find a root cause (4.1).' },
    CloudFront: { task: '4.3', reason: 'Caching at the edge optimises delivery (4.3).' },
    CodeGuru: { task: '4.3', others: ['4.1'], reason: 'Profiler recommendations optimise code (4.3); Reviewer flags defects (4.1).' },
    'Route 53': { task: '4.3', reason: 'Record TTLs and routing choices tune how clients reach an application (our reading of 4.3).' },
  },
};
