/**
 * CodeDeploy deployment lifecycle events per compute platform, in run order.
 *
 * Source: "AppSpec 'hooks' section"
 * https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html
 * The run orders below are read from that page's diagrams ("Run order of hooks in …"): the
 * documentation shows the order only as a diagram, with the events that cannot be scripted
 * drawn in grey (EC2: Start, DownloadBundle, Install, BlockTraffic, AllowTraffic, End;
 * ECS: Start, Install, TestTraffic, AllowTraffic, End; Lambda: Start, AllowTraffic, End).
 * The summaries paraphrase the page's "List of lifecycle event hooks" for each platform.
 */

export type AppSpecPlatform = 'server' | 'ecs' | 'lambda';

export interface LifecycleEvent {
  readonly name: string;
  /** Reserved for CodeDeploy (or its agent): it cannot run a script or a Lambda function. */
  readonly reserved: boolean;
  readonly summary: string;
}

/** A run order the documentation draws, e.g. an in-place deployment without a load balancer. */
export interface RunOrder {
  readonly label: string;
  readonly events: readonly string[];
}

export interface PlatformLifecycle {
  readonly platform: AppSpecPlatform;
  readonly label: string;
  readonly docsUrl: string;
  /** Every event of the platform, in run order (for EC2: in-place with a load balancer, the widest). */
  readonly events: readonly LifecycleEvent[];
  /** The drawn run orders; a hover shows a hook's position in the first one that has it. */
  readonly runOrders: readonly RunOrder[];
}

export const HOOKS_DOCS_URL = 'https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html';

const SERVER_EVENTS: readonly LifecycleEvent[] = [
  { name: 'Start', reserved: true, summary: 'The deployment starts on the instance. Reserved: no scripts.' },
  { name: 'BeforeBlockTraffic', reserved: false, summary: 'Runs tasks on the instance before it is deregistered from the load balancer.' },
  { name: 'BlockTraffic', reserved: true, summary: 'Traffic to the instance is blocked (it is deregistered from the load balancer). Reserved: no scripts.' },
  { name: 'AfterBlockTraffic', reserved: false, summary: 'Runs tasks on the instance after it is deregistered from the load balancer.' },
  {
    name: 'ApplicationStop',
    reserved: false,
    summary:
      'Occurs before the revision is downloaded: stop the application gracefully or remove packages. Its AppSpec file and scripts come from the last successfully deployed revision.',
  },
  { name: 'DownloadBundle', reserved: true, summary: 'The agent copies the revision files to a temporary location on the instance. Reserved: no scripts.' },
  { name: 'BeforeInstall', reserved: false, summary: 'Pre-install tasks, such as decrypting files or backing up the current version.' },
  { name: 'Install', reserved: true, summary: 'The agent copies the revision files from the temporary location to their final destination (the `files` section). Reserved: no scripts.' },
  { name: 'AfterInstall', reserved: false, summary: 'Tasks such as configuring the application or changing file permissions.' },
  { name: 'ApplicationStart', reserved: false, summary: 'Typically restarts the services stopped during ApplicationStop.' },
  { name: 'ValidateService', reserved: false, summary: 'The last scriptable event of the install: verify that the deployment completed successfully.' },
  { name: 'BeforeAllowTraffic', reserved: false, summary: 'Runs tasks on the instance before it is registered with the load balancer.' },
  { name: 'AllowTraffic', reserved: true, summary: 'Traffic is allowed to the instance (it is registered with the load balancer). Reserved: no scripts.' },
  { name: 'AfterAllowTraffic', reserved: false, summary: 'Runs tasks on the instance after it is registered with the load balancer.' },
  { name: 'End', reserved: true, summary: 'The deployment ends on the instance. Reserved: no scripts.' },
];

const ECS_EVENTS: readonly LifecycleEvent[] = [
  { name: 'Start', reserved: true, summary: 'The deployment starts. Reserved: no hook.' },
  { name: 'BeforeInstall', reserved: false, summary: 'Runs before the replacement task set is created; one target group is on the original task set. No rollback is possible at this point.' },
  { name: 'Install', reserved: true, summary: 'The replacement task set is created. Reserved: no hook.' },
  { name: 'AfterInstall', reserved: false, summary: 'Runs after the replacement task set is created and one target group is associated with it. Its result can trigger a rollback.' },
  { name: 'TestTraffic', reserved: true, summary: 'The optional test listener serves traffic to the replacement task set. Reserved: no hook.' },
  { name: 'AfterAllowTestTraffic', reserved: false, summary: 'Runs after the test listener serves traffic to the replacement task set. Its result can trigger a rollback.' },
  { name: 'BeforeAllowTraffic', reserved: false, summary: 'Runs after the second target group is associated with the replacement task set, before production traffic shifts to it. Its result can trigger a rollback.' },
  { name: 'AllowTraffic', reserved: true, summary: 'Production traffic shifts to the replacement task set. Reserved: no hook.' },
  { name: 'AfterAllowTraffic', reserved: false, summary: 'Runs after the second target group serves traffic to the replacement task set. Its result can trigger a rollback.' },
  { name: 'End', reserved: true, summary: 'The deployment ends. Reserved: no hook.' },
];

const LAMBDA_EVENTS: readonly LifecycleEvent[] = [
  { name: 'Start', reserved: true, summary: 'The deployment starts. Reserved: no hook.' },
  { name: 'BeforeAllowTraffic', reserved: false, summary: 'Runs a Lambda function before traffic shifts to the deployed function version.' },
  { name: 'AllowTraffic', reserved: true, summary: 'Traffic shifts from the original function version to the target version (the alias moves). Reserved: no hook.' },
  { name: 'AfterAllowTraffic', reserved: false, summary: 'Runs a Lambda function after all traffic has shifted to the target version.' },
  { name: 'End', reserved: true, summary: 'The deployment ends. Reserved: no hook.' },
];

const names = (events: readonly LifecycleEvent[], keep: (name: string) => boolean = () => true): string[] =>
  events.map((event) => event.name).filter(keep);

const TRAFFIC = /Traffic$/;

export const PLATFORM_LIFECYCLES: Readonly<Record<AppSpecPlatform, PlatformLifecycle>> = {
  server: {
    platform: 'server',
    label: 'EC2/On-Premises',
    docsUrl: `${HOOKS_DOCS_URL}#appspec-hooks-server`,
    events: SERVER_EVENTS,
    runOrders: [
      { label: 'in-place deployment', events: names(SERVER_EVENTS, (name) => !TRAFFIC.test(name)) },
      { label: 'in-place deployment with a load balancer', events: names(SERVER_EVENTS) },
    ],
  },
  ecs: { platform: 'ecs', label: 'Amazon ECS', docsUrl: `${HOOKS_DOCS_URL}#appspec-hooks-ecs`, events: ECS_EVENTS, runOrders: [{ label: 'Amazon ECS deployment', events: names(ECS_EVENTS) }] },
  lambda: {
    platform: 'lambda',
    label: 'AWS Lambda',
    docsUrl: `${HOOKS_DOCS_URL}#appspec-hooks-lambda`,
    events: LAMBDA_EVENTS,
    runOrders: [{ label: 'AWS Lambda deployment', events: names(LAMBDA_EVENTS) }],
  },
};

/**
 * In a blue/green EC2/On-Premises deployment the traffic events split between the two sets of
 * instances (same page, "Lifecycle event hook availability").
 */
export const BLUE_GREEN_NOTE: Readonly<Record<string, string>> = {
  BeforeBlockTraffic: 'In a blue/green deployment it runs on the original instances.',
  AfterBlockTraffic: 'In a blue/green deployment it runs on the original instances.',
  BeforeAllowTraffic: 'In a blue/green deployment it runs on the replacement instances.',
  AfterAllowTraffic: 'In a blue/green deployment it runs on the replacement instances.',
};

/** The longest a lifecycle event's scripts may run together, in seconds (also each script's default timeout). */
export const MAX_EVENT_SECONDS = 3600;
