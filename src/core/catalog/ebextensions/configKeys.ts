/**
 * The keys of an Elastic Beanstalk configuration file (`.ebextensions/*.config`) and their fields.
 *
 * Source: "Customizing software on Linux servers"
 * https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/customize-containers-ec2.html
 * ("Keys are processed in the order that they are listed": packages, groups, users, sources,
 * files, commands, services, container_commands.) `option_settings`:
 * https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/ebextensions-optionsettings.html;
 * `Resources` / `Outputs`: https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/environment-resources.html
 * (with `Parameters` and `Mappings` for them, as the docs' own samples use them:
 * https://github.com/awsdocs/elastic-beanstalk-samples/tree/main/configuration-files, linked from
 * https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/ebextensions.html). Windows servers
 * read `packages: msi`, `services: windows` and `waitAfterCompletion` in commands and container commands:
 * https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/customize-containers-windows-ec2.html
 */

export const CUSTOMIZE_URL = 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/customize-containers-ec2.html';
export const OPTION_SETTINGS_URL = 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/ebextensions-optionsettings.html';
export const RESOURCES_URL = 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/environment-resources.html';
export const WINDOWS_CUSTOMIZE_URL = 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/customize-containers-windows-ec2.html';
/** The service of the sections a config file shares with a CloudFormation template. */
const CLOUDFORMATION = ['CloudFormation'];

export interface FieldSpec {
  readonly name: string;
  readonly summary: string;
  readonly docsUrl: string;
  readonly values?: readonly { readonly value: string; readonly summary: string }[];
}

export interface ConfigKeySpec extends FieldSpec {
  /** Position in the order Elastic Beanstalk processes the software keys (1-based), if it is one. */
  readonly order?: number;
  /** The fields of each named entry under the key (`commands: {name: {command, cwd, …}}`). */
  readonly entryFields?: readonly FieldSpec[];
  /** A level between the key and its named entries (`services: sysvinit: {name: {…}}`). */
  readonly entriesUnder?: string;
  /** The names allowed directly under the key, when fixed (`packages` → package managers). */
  readonly childNames?: readonly FieldSpec[];
  /** Snippet inserted after `key:` by completion. */
  readonly snippet?: string;
  /** Other services the key is of: the CloudFormation template sections a config file may hold, whose notes are about it. */
  readonly services?: readonly string[];
}

const at = (anchor: string): string => `${CUSTOMIZE_URL}#${anchor}`;
const onWindows = (anchor: string): string => `${WINDOWS_CUSTOMIZE_URL}#${anchor}`;

/** Windows only: the pause after a command (and the reboot it may need) before the next one. */
const waitAfterCompletion = (anchor: string): FieldSpec => ({
  name: 'waitAfterCompletion',
  summary: 'Optional, Windows servers only. Seconds to wait after the command before the next one (default 60); the instance reboots after them if the command needs it. `forever` waits for a reboot.',
  docsUrl: onWindows(anchor),
});
const BOOLEAN = [
  { value: 'true', summary: 'Yes.' },
  { value: 'false', summary: 'No.' },
];

const COMMAND_FIELDS: readonly FieldSpec[] = [
  { name: 'command', summary: 'The command to run: a string, or an array (then no quoting or escaping of spaces is needed).', docsUrl: at('linux-commands') },
  { name: 'env', summary: 'Optional. Environment variables for the command; they replace, not extend, the existing environment.', docsUrl: at('linux-commands') },
  { name: 'cwd', summary: 'Optional. The working directory (default: the root directory `/`).', docsUrl: at('linux-commands') },
  { name: 'test', summary: 'Optional. A command that must succeed (exit code 0) for the command to run.', docsUrl: at('linux-commands') },
  { name: 'ignoreErrors', summary: 'Optional. Keep running the other commands if this one fails. Default `false`.', docsUrl: at('linux-commands'), values: BOOLEAN },
  waitAfterCompletion('windows-commands'),
];

const CONTAINER_COMMAND_FIELDS: readonly FieldSpec[] = [
  { name: 'command', summary: 'A string or an array of strings to run.', docsUrl: at('linux-container-commands') },
  { name: 'env', summary: 'Optional. Environment variables set before the command runs.', docsUrl: at('linux-container-commands') },
  { name: 'cwd', summary: 'Optional. The working directory; by default the staging directory of the unzipped application.', docsUrl: at('linux-container-commands') },
  {
    name: 'leader_only',
    summary: 'Optional. Run the command on one instance chosen by Elastic Beanstalk only (during environment creation and deployments). Leader-only commands run before the other container commands; a command is leader-only or has a `test`, not both.',
    docsUrl: at('linux-container-commands'),
    values: BOOLEAN,
  },
  { name: 'test', summary: 'Optional. Run the command only when this test command succeeds.', docsUrl: at('linux-container-commands') },
  { name: 'ignoreErrors', summary: 'Optional. Do not fail the deployment if the command fails. Default `false`.', docsUrl: at('linux-container-commands'), values: BOOLEAN },
  waitAfterCompletion('windows-container-commands'),
];

const FILE_FIELDS: readonly FieldSpec[] = [
  { name: 'content', summary: 'Text to write to the file. Give `content` or `source`, not both.', docsUrl: at('linux-files') },
  { name: 'source', summary: 'URL of a file to download. Give `content` or `source`, not both.', docsUrl: at('linux-files') },
  {
    name: 'encoding',
    summary: 'The encoding of `content`.',
    docsUrl: at('linux-files'),
    values: [
      { value: 'plain', summary: 'Content is plain text.' },
      { value: 'base64', summary: 'Content is base64-encoded.' },
    ],
  },
  { name: 'group', summary: 'Linux group that owns the file.', docsUrl: at('linux-files') },
  { name: 'owner', summary: 'Linux user that owns the file.', docsUrl: at('linux-files') },
  { name: 'mode', summary: 'Six-digit octal mode, e.g. `"000644"`: the first three digits for symlinks, the last three the permissions.', docsUrl: at('linux-files') },
  { name: 'authentication', summary: 'The name of a CloudFormation authentication method (added to the Auto Scaling group metadata under `Resources`) for private S3 downloads.', docsUrl: at('linux-files') },
];

const SERVICE_FIELDS: readonly FieldSpec[] = [
  { name: 'enabled', summary: '`true`: start the service on boot; `false`: do not. Omit to leave as is.', docsUrl: at('linux-services'), values: BOOLEAN },
  { name: 'ensureRunning', summary: '`true`: make sure the service runs after Elastic Beanstalk finishes; `false`: make sure it does not. Omit to leave as is.', docsUrl: at('linux-services'), values: BOOLEAN },
  { name: 'files', summary: 'Files that restart the service when the `files` key changes them.', docsUrl: at('linux-services') },
  { name: 'sources', summary: 'Folders that restart the service when an archive is expanded into them.', docsUrl: at('linux-services') },
  { name: 'packages', summary: 'Package manager → package names that restart the service when installed or updated.', docsUrl: at('linux-services') },
  { name: 'commands', summary: 'Names of commands that restart the service when they run.', docsUrl: at('linux-services') },
];

export const CONFIG_KEYS: readonly ConfigKeySpec[] = [
  {
    name: 'packages',
    order: 1,
    summary: 'Install packages: `package manager → package name → version` (`[]` or `""` for the latest). Processed rpm first, then yum, then rubygems and python (no order between those two).',
    docsUrl: at('linux-packages'),
    childNames: [
      { name: 'yum', summary: 'Packages from the yum repositories.', docsUrl: at('linux-packages') },
      { name: 'rpm', summary: 'RPM files by absolute path or URL (relative paths are not supported).', docsUrl: at('linux-packages') },
      { name: 'rubygems', summary: 'Ruby gems.', docsUrl: at('linux-packages') },
      { name: 'python', summary: 'Python packages (pip or easy_install; named `python` here).', docsUrl: at('linux-packages') },
      { name: 'msi', summary: 'Windows servers only: MSI packages, each a name and the URL to download it from.', docsUrl: onWindows('windows-packages') },
    ],
    snippet: '\n  ${1|yum,rpm,rubygems,python|}:\n    ${2:package}: []',
  },
  { name: 'groups', order: 2, summary: 'Create Linux groups, each with an optional `gid`.', docsUrl: at('linux-groups'), entryFields: [{ name: 'gid', summary: 'A group ID number.', docsUrl: at('linux-groups') }], snippet: '\n  ${1:groupName}: {}' },
  {
    name: 'users',
    order: 3,
    summary: 'Create Linux users (non-interactive system users with shell `/sbin/nologin`).',
    docsUrl: at('linux-users'),
    entryFields: [
      { name: 'uid', summary: 'A user ID.', docsUrl: at('linux-users') },
      { name: 'groups', summary: 'Groups the user is added to.', docsUrl: at('linux-users') },
      { name: 'homeDir', summary: "The user's home directory.", docsUrl: at('linux-users') },
    ],
    snippet: '\n  ${1:userName}:\n    groups:\n      - ${2:groupName}',
  },
  { name: 'sources', order: 4, summary: 'Download an archive (tar, tar+gzip, tar+bz2, zip) from a public URL and unpack it: `target folder: URL`.', docsUrl: at('linux-sources'), snippet: '\n  ${1:/etc/myapp}: ${2:https://s3.amazonaws.com/bucket/archive.zip}' },
  { name: 'files', order: 5, summary: 'Create files on the instance, inline (`content`) or from a URL (`source`); written in lexicographic order.', docsUrl: at('linux-files'), entryFields: FILE_FIELDS, snippet: '\n  "${1:/etc/myapp/config}":\n    mode: "${2:000644}"\n    owner: ${3:root}\n    group: ${4:root}\n    content: |\n      ${5}' },
  {
    name: 'commands',
    order: 6,
    summary: 'Run commands as root, in alphabetical order of their names, before the application and web server are set up and the application version is extracted.',
    docsUrl: at('linux-commands'),
    entryFields: COMMAND_FIELDS,
    snippet: '\n  ${1:01_name}:\n    command: ${2:echo hello}',
  },
  { name: 'services', order: 7, summary: 'Services to start or stop at launch (under `sysvinit`), restarted when their files, sources, packages or commands change.', docsUrl: at('linux-services'), childNames: [
      { name: 'sysvinit', summary: 'System V init services.', docsUrl: at('linux-services') },
      { name: 'windows', summary: 'Windows servers only: Windows services.', docsUrl: onWindows('windows-services') },
    ],
    entriesUnder: 'sysvinit', entryFields: SERVICE_FIELDS, snippet: '\n  sysvinit:\n    ${1:serviceName}:\n      enabled: "true"\n      ensureRunning: "true"' },
  {
    name: 'container_commands',
    order: 8,
    summary: 'Run commands that affect the application source, from the staging folder, after the application and web server are set up and the version archive is extracted, before the version is deployed. Alphabetical order by name.',
    docsUrl: at('linux-container-commands'),
    entryFields: CONTAINER_COMMAND_FIELDS,
    snippet: '\n  ${1:01_name}:\n    command: ${2:echo hello}\n    leader_only: ${3|true,false|}',
  },
  { name: 'option_settings', summary: 'Configuration options: a map `namespace: {option: value}`, or a list of `namespace` / `option_name` / `value` entries.', docsUrl: OPTION_SETTINGS_URL, snippet: '\n  ${1:aws:elasticbeanstalk:application:environment}:\n    ${2:NAME}: ${3:value}' },
  { name: 'Resources', summary: "CloudFormation resources added to (or customizing) the environment's stack.", docsUrl: RESOURCES_URL, services: CLOUDFORMATION },
  { name: 'Outputs', summary: 'CloudFormation outputs of the added resources.', docsUrl: RESOURCES_URL, services: CLOUDFORMATION },
  { name: 'Parameters', summary: "CloudFormation parameters for the file's `Resources`, added to the environment's stack with them.", docsUrl: RESOURCES_URL, services: CLOUDFORMATION },
  { name: 'Mappings', summary: "CloudFormation mappings that the file's `Resources` look up with `Fn::FindInMap`.", docsUrl: RESOURCES_URL, services: CLOUDFORMATION },
];

/** The fields of one entry of `option_settings` in its list form. */
export const OPTION_SETTING_FIELDS: readonly FieldSpec[] = [
  { name: 'namespace', summary: 'The option namespace; default `aws:elasticbeanstalk:application:environment`.', docsUrl: OPTION_SETTINGS_URL },
  { name: 'option_name', summary: 'The option to set.', docsUrl: OPTION_SETTINGS_URL },
  { name: 'value', summary: 'The value of the option.', docsUrl: OPTION_SETTINGS_URL },
  { name: 'resource_name', summary: 'Optional. The resource the option applies to (e.g. a scheduled action in `aws:autoscaling:scheduledaction`).', docsUrl: OPTION_SETTINGS_URL },
];
