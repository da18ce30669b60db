import type { AppSpecPlatform } from './lifecycleEvents';

/**
 * The keys of an AppSpec file and their allowed values, per compute platform.
 * Sources (each entry cites its page):
 * - structure: https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure.html
 * - version, os: the structure page's "AppSpec file structure for EC2/On-Premises deployments"
 * - files, file_exists_behavior: https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-files.html
 * - permissions: https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-permissions.html
 * - resources: https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-resources.html
 * - hooks (script fields): https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html
 */

const DOCS = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/';
export const STRUCTURE_URL = `${DOCS}reference-appspec-file-structure.html`;
// `version` and `os` have no pages of their own: the structure page describes them.
export const VERSION_URL = `${STRUCTURE_URL}#server-appspec-structure`;
export const OS_URL = `${STRUCTURE_URL}#server-appspec-structure`;
export const FILES_URL = `${DOCS}reference-appspec-file-structure-files.html`;
export const PERMISSIONS_URL = `${DOCS}reference-appspec-file-structure-permissions.html`;
export const RESOURCES_URL = `${DOCS}reference-appspec-file-structure-resources.html`;
export const HOOK_SCRIPTS_URL = `${DOCS}reference-appspec-file-structure-hooks.html#appspec-hooks-server`;

export interface AllowedValue {
  readonly value: string;
  readonly summary: string;
}

export interface KeySpec {
  readonly name: string;
  readonly summary: string;
  readonly docsUrl: string;
  readonly required?: boolean;
  readonly values?: readonly AllowedValue[];
  /** The snippet body inserted after `name:` by completion (VS Code snippet syntax). */
  readonly snippet?: string;
}

const VERSION: KeySpec = {
  name: 'version',
  summary: 'The AppSpec file version. Reserved by CodeDeploy for future use: the only allowed value is `0.0`.',
  docsUrl: VERSION_URL,
  required: true,
  values: [{ value: '0.0', summary: 'The only allowed value.' }],
  snippet: ' 0.0',
};

export const OS_VALUES: readonly AllowedValue[] = [
  { value: 'linux', summary: 'Amazon Linux, Ubuntu Server or RHEL instances.' },
  { value: 'windows', summary: 'Windows Server instances.' },
];

export const FILE_EXISTS_BEHAVIOR_VALUES: readonly AllowedValue[] = [
  { value: 'DISALLOW', summary: 'The deployment fails. The default when nothing is specified.' },
  { value: 'OVERWRITE', summary: "The revision's version of the file replaces the one already on the instance." },
  { value: 'RETAIN', summary: 'The version already on the instance is kept and used in the new deployment.' },
];

const SERVER_KEYS: readonly KeySpec[] = [
  VERSION,
  { name: 'os', summary: 'The operating system of the instances. EC2/On-Premises only.', docsUrl: OS_URL, required: true, values: OS_VALUES, snippet: ' ${1|linux,windows|}' },
  {
    name: 'files',
    summary: 'Which files of the revision the agent copies where during the Install event: a list of `source`/`destination` pairs. EC2/On-Premises only.',
    docsUrl: FILES_URL,
    snippet: '\n  - source: ${1:/}\n    destination: ${2:/var/www/html}',
  },
  {
    name: 'file_exists_behavior',
    summary:
      'What to do with files that already exist at a destination but were not part of the previous successful deployment. Set once, for every file under `files`; it overrides the `--file-exists-behavior` CLI option.',
    docsUrl: FILES_URL,
    values: FILE_EXISTS_BEHAVIOR_VALUES,
    snippet: ' ${1|DISALLOW,OVERWRITE,RETAIN|}',
  },
  {
    name: 'permissions',
    summary: 'Special permissions applied to the files and folders the `files` section installed (Amazon Linux, Ubuntu Server and RHEL only).',
    docsUrl: PERMISSIONS_URL,
    snippet: '\n  - object: ${1:/var/www/html}\n    owner: ${2:root}\n    mode: ${3:644}\n    type:\n      - ${4|file,directory|}',
  },
  {
    name: 'hooks',
    summary: 'Maps lifecycle events to scripts the agent runs on the instance (each with `location`, optional `timeout` and `runas`).',
    docsUrl: HOOK_SCRIPTS_URL,
    snippet: '\n  ${1|ApplicationStop,BeforeInstall,AfterInstall,ApplicationStart,ValidateService|}:\n    - location: ${2:scripts/run.sh}\n      timeout: ${3:300}',
  },
];

const RESOURCES_SUMMARY = 'The Lambda function or Amazon ECS service to deploy, as a list of named resources with `Type` and `Properties`.';

const ECS_KEYS: readonly KeySpec[] = [
  VERSION,
  {
    name: 'Resources',
    summary: RESOURCES_SUMMARY,
    docsUrl: RESOURCES_URL,
    required: true,
    snippet:
      '\n  - TargetService:\n      Type: AWS::ECS::Service\n      Properties:\n        TaskDefinition: "${1:arn:aws:ecs:region:account:task-definition/name:1}"\n        LoadBalancerInfo:\n          ContainerName: "${2:app}"\n          ContainerPort: ${3:80}',
  },
  { name: 'Hooks', summary: 'Lambda functions CodeDeploy invokes at lifecycle events, as a list of `Event: FunctionName`.', docsUrl: `${DOCS}reference-appspec-file-structure-hooks.html#appspec-hooks-ecs`, snippet: '\n  - ${1|BeforeInstall,AfterInstall,AfterAllowTestTraffic,BeforeAllowTraffic,AfterAllowTraffic|}: "${2:FunctionName}"' },
];

const LAMBDA_KEYS: readonly KeySpec[] = [
  VERSION,
  {
    name: 'Resources',
    summary: RESOURCES_SUMMARY,
    docsUrl: RESOURCES_URL,
    required: true,
    snippet:
      '\n  - ${1:myFunction}:\n      Type: AWS::Lambda::Function\n      Properties:\n        Name: "${2:myFunction}"\n        Alias: "${3:live}"\n        CurrentVersion: "${4:1}"\n        TargetVersion: "${5:2}"',
  },
  { name: 'Hooks', summary: 'Lambda functions CodeDeploy invokes at lifecycle events, as a list of `Event: FunctionName`.', docsUrl: `${DOCS}reference-appspec-file-structure-hooks.html#appspec-hooks-lambda`, snippet: '\n  - ${1|BeforeAllowTraffic,AfterAllowTraffic|}: "${2:FunctionName}"' },
];

export const TOP_LEVEL_KEYS: Readonly<Record<AppSpecPlatform, readonly KeySpec[]>> = { server: SERVER_KEYS, ecs: ECS_KEYS, lambda: LAMBDA_KEYS };

/** The fields of one script under an EC2/On-Premises hook. */
export const HOOK_SCRIPT_FIELDS: readonly KeySpec[] = [
  { name: 'location', summary: 'Required. The script, relative to the root of the revision (where the AppSpec file is).', docsUrl: HOOK_SCRIPTS_URL, required: true, snippet: ' ${1:scripts/run.sh}' },
  {
    name: 'timeout',
    summary: 'Optional. Seconds the script may run before it is considered failed; default 3600. 3600 seconds is also the most all scripts of one lifecycle event may take together.',
    docsUrl: HOOK_SCRIPTS_URL,
    snippet: ' ${1:300}',
  },
  { name: 'runas', summary: 'Optional. The user to impersonate when running the script (not supported on Windows Server).', docsUrl: HOOK_SCRIPTS_URL, snippet: ' ${1:root}' },
];

export const FILES_FIELDS: readonly KeySpec[] = [
  { name: 'source', summary: 'A file or folder of the revision, relative to the AppSpec file; `/` copies the whole revision.', docsUrl: FILES_URL, required: true },
  { name: 'destination', summary: 'Where on the instance to copy it: a fully qualified path such as `/var/www/html` or `c:\\app`.', docsUrl: FILES_URL, required: true },
];

export const PERMISSION_TYPE_VALUES: readonly AllowedValue[] = [
  { value: 'file', summary: 'Apply the permissions to files only.' },
  { value: 'directory', summary: 'Apply the permissions to folders only.' },
];

export const PERMISSIONS_FIELDS: readonly KeySpec[] = [
  { name: 'object', summary: 'Required. The file or folder (an installed destination) the permissions apply to.', docsUrl: PERMISSIONS_URL, required: true },
  { name: 'pattern', summary: 'Optional. A pattern of the names to apply the permissions to (default `**`, everything).', docsUrl: PERMISSIONS_URL },
  { name: 'except', summary: 'Optional. Patterns of names that are exceptions to `pattern`.', docsUrl: PERMISSIONS_URL },
  { name: 'owner', summary: 'Optional. The owner of the object.', docsUrl: PERMISSIONS_URL },
  { name: 'group', summary: 'Optional. The group of the object.', docsUrl: PERMISSIONS_URL },
  { name: 'mode', summary: 'Optional. The numeric permissions, e.g. `644` or `4755`.', docsUrl: PERMISSIONS_URL },
  { name: 'acls', summary: 'Optional. A list of ACL entries, e.g. `u:bob:rw`.', docsUrl: PERMISSIONS_URL },
  { name: 'context', summary: 'Optional. SELinux context (`user`, `type`, `range`) for SELinux-enabled instances.', docsUrl: PERMISSIONS_URL },
  { name: 'type', summary: 'Optional. Whether to apply the permissions to `file`s, `directory`s or both (a list).', docsUrl: PERMISSIONS_URL, values: PERMISSION_TYPE_VALUES },
];

/** `Properties` of the resource in an ECS or Lambda AppSpec file. */
export const RESOURCE_PROPERTIES: Readonly<Record<'ecs' | 'lambda', readonly KeySpec[]>> = {
  lambda: [
    { name: 'Name', summary: 'Required. The name of the Lambda function to deploy.', docsUrl: RESOURCES_URL, required: true },
    { name: 'Alias', summary: 'Required. The alias of the function whose traffic shifts.', docsUrl: RESOURCES_URL, required: true },
    { name: 'CurrentVersion', summary: 'Required. The version the alias points to now.', docsUrl: RESOURCES_URL, required: true },
    { name: 'TargetVersion', summary: 'Required. The version traffic shifts to.', docsUrl: RESOURCES_URL, required: true },
  ],
  ecs: [
    { name: 'TaskDefinition', summary: 'Required. The ARN of the task definition of the replacement task set.', docsUrl: RESOURCES_URL, required: true },
    { name: 'LoadBalancerInfo', summary: 'Required. `ContainerName` and `ContainerPort` of the container that receives traffic.', docsUrl: RESOURCES_URL, required: true },
    { name: 'PlatformVersion', summary: 'Optional. The Fargate platform version of the replacement tasks, e.g. `LATEST`.', docsUrl: RESOURCES_URL },
    { name: 'NetworkConfiguration', summary: 'Optional. `AwsvpcConfiguration` with `Subnets`, `SecurityGroups` and `AssignPublicIp`.', docsUrl: RESOURCES_URL },
    { name: 'CapacityProviderStrategy', summary: 'Optional. The capacity providers of the replacement task set.', docsUrl: RESOURCES_URL },
  ],
};

/** The resource `Type` that tells which platform an AppSpec file is for. */
export const RESOURCE_TYPE_PLATFORM: Readonly<Record<string, AppSpecPlatform>> = {
  'AWS::Lambda::Function': 'lambda',
  'AWS::ECS::Service': 'ecs',
};
