import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analysisOf, completionsAt, hoverAt, lintAnalysis } from '../../../src/core/analysis/analyze';
import { GENERAL_NAMESPACES } from '../../../src/core/catalog/ebextensions/generalOptions';
import { provideCatalogs } from '../cloudformation/analyzeText';
import { withCursor } from './cursorMarker';
import { termsAsked } from './termsAsked';

const SAMPLES = path.join(__dirname, '../../../samples/ebextensions');
const FILE = '/w/app/.ebextensions/app.config';

function hover(marked: string) {
  const { text, position } = withCursor(FILE, marked);
  return hoverAt(analysisOf(FILE, text)!, position);
}

function labels(marked: string) {
  const { text, position } = withCursor(FILE, marked);
  return completionsAt(analysisOf(FILE, text)!, position).map((item) => item.label);
}

async function lint(text: string, fileName = FILE) {
  return lintAnalysis(analysisOf(fileName, text)!, {});
}

describe('.ebextensions analyzer', () => {
  it('covers the general options reference broadly: every namespace has a docs anchor, most have options', () => {
    assert.ok(GENERAL_NAMESPACES.length >= 35, `${GENERAL_NAMESPACES.length} namespaces`);
    const names = GENERAL_NAMESPACES.map((spec) => spec.name);
    for (const name of ['aws:elasticbeanstalk:command', 'aws:elasticbeanstalk:xray', 'aws:autoscaling:asg', 'aws:elasticbeanstalk:environment', 'aws:elbv2:listener:listener_port', 'aws:elasticbeanstalk:application:environment']) {
      assert.ok(names.includes(name), name);
    }
    assert.equal(new Set(names).size, names.length);
    for (const spec of GENERAL_NAMESPACES) {
      // A section of the general options page, or (custom options) a page of its own: one, not both.
      assert.ok((spec.anchor === undefined) !== (spec.docsUrl === undefined), spec.name);
      if (spec.anchor !== undefined) assert.match(spec.anchor, /^command-options-general-/);
    }
  });

  describe('hover', () => {
    it('a top-level key with its place in the processing order', () => {
      const info = hover('comm|ands:\n  a:\n    command: ls\n');
      assert.ok(info?.reference.includes('Processed **6th of 8** — after `files`, before `services`'), info?.reference);
      assert.deepEqual(termsAsked(info?.notes), { service: 'Elastic Beanstalk', terms: ['commands'] });
    });

    it('asks the notes about a field under the key it is in and the config key of its block: enabled under sysvinit and services', () => {
      assert.deepEqual(termsAsked(hover('services:\n  sysvinit:\n    crond:\n      enab|led: true\n')?.notes), { service: 'Elastic Beanstalk', terms: ['enabled'], context: ['sysvinit', 'services'] });
      assert.deepEqual(termsAsked(hover('files:\n  /tmp/a.sh:\n    sou|rce: https://example.com/a.sh\n')?.notes), { service: 'Elastic Beanstalk', terms: ['source'], context: ['files'] });
    });

    it('asks the notes about an option as of the services its namespace configures: EC2 for aws:autoscaling:launchconfiguration', () => {
      assert.deepEqual(termsAsked(hover('option_settings:\n  aws:autoscaling:launchconfiguration:\n    DisableIMDS|v1: true\n')?.notes), {
        service: 'Elastic Beanstalk',
        terms: ['DisableIMDSv1'],
        context: ['aws:autoscaling:launchconfiguration'],
        services: ['EC2', 'EBS'],
      });
      assert.equal(hover('option_settings:\n  aws:autoscaling:asg:\n    Cool|down: 300\n')?.notes?.services, undefined);
    });

    it('asks the notes about an instance type by its family, where the option lists no values (t3 of InstanceType: t3.small)', () => {
      assert.deepEqual(hover('option_settings:\n  aws:autoscaling:launchconfiguration:\n    InstanceType: t3.sm|all\n')?.notes?.terms, ['t3', 'InstanceType']);
      assert.deepEqual(hover('option_settings:\n  aws:autoscaling:launchconfiguration:\n    EC2KeyName: ops-k|ey\n')?.notes?.terms, ['EC2KeyName']);
      provideCatalogs();
      assert.deepEqual(hover('Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBInstanceClass: db.r6g.lar|ge\n')?.notes?.terms, ['r6g', 'DBInstanceClass']);
    });

    it('asks the notes with what the reference says of an option, of a field\'s value, of a resource type in Resources', () => {
      const option = hover('option_settings:\n  aws:autoscaling:launchconfiguration:\n    RootVolume|Type: gp3\n')?.notes?.describedAs ?? '';
      assert.match(option, /general purpose SSD/);
      assert.match(option, /\bio1\b/);
      assert.match(hover('services:\n  sysvinit:\n    nginx:\n      ensureRun|ning: true\n')?.notes?.describedAs ?? '', /the service runs/);
      provideCatalogs();
      assert.match(hover('Resources:\n  Q:\n    Type: AWS::SQS::Qu|eue\n')?.notes?.describedAs ?? '', /queue/i);
    });

    it('asks the notes about a resource of a config file, and its completions, as within Elastic Beanstalk', () => {
      provideCatalogs();
      const resource = 'Resources:\n  L:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      Certi|ficates: []\n';
      assert.deepEqual(termsAsked(hover(resource)?.notes), { service: 'Elastic Load Balancing', terms: ['Certificates'], context: ['Listener'], within: 'Elastic Beanstalk' });
      const { text, position } = withCursor(FILE, 'Resources:\n  L:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      |\n');
      const items = completionsAt(analysisOf(FILE, text)!, position).filter((item) => item.notes);
      assert.ok(items.length > 0 && items.every((item) => item.notes?.within === 'Elastic Beanstalk'));
      assert.equal(hover('option_settings:\n  aws:autoscaling:asg:\n    Cool|down: 300\n')?.notes?.within, undefined);
    });

    it('asks the notes about a template section a config file holds as of CloudFormation too: Mappings, Resources; a scaling trigger as of CloudWatch', () => {
      assert.deepEqual(termsAsked(hover('Map|pings:\n  Regions:\n    us-east-1:\n      Ami: ami-1\n')?.notes), { service: 'Elastic Beanstalk', terms: ['Mappings'], services: ['CloudFormation'] });
      assert.deepEqual(hover('Reso|urces:\n  Q:\n    Type: AWS::SQS::Queue\n')?.notes?.services, ['CloudFormation']);
      assert.deepEqual(hover('option_settings:\n  aws:autoscaling:trigger:\n    Stat|istic: Average\n')?.notes?.services, ['CloudWatch']);
      assert.deepEqual(hover('option_settings:\n  aws:elasticbeanstalk:xray:\n    XRay|Enabled: true\n')?.notes?.services, ['X-Ray']);
    });

    it('fields of entries: leader_only, ignoreErrors, test', () => {
      assert.ok(hover('container_commands:\n  01:\n    command: x\n    leader_|only: true\n')?.reference.includes('one instance'));
      assert.ok(hover('commands:\n  01:\n    command: x\n    ignore|Errors: true\n')?.reference.includes('Default `false`'));
    });

    it('a namespace, an option (map form) with default and valid values, and its value', () => {
      assert.ok(hover('option_settings:\n  aws:elasticbeanstalk:x|ray:\n    XRayEnabled: true\n')?.reference.includes('X-Ray daemon'));
      const option = hover('option_settings:\n  aws:elasticbeanstalk:command:\n    Deployment|Policy: Rolling\n');
      assert.ok(option?.reference.includes('Default: `AllAtOnce`'), option?.reference);
      assert.ok(option?.reference.includes('`TrafficSplitting`'));
      assert.equal(option?.docsUrl, 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/command-options-general.html#command-options-general-elasticbeanstalkcommand');
      assert.ok(hover('option_settings:\n  aws:elasticbeanstalk:command:\n    DeploymentPolicy: Roll|ing\n')?.reference.includes('DeploymentPolicy'));
    });

    it('catalog fixes checked against the docs: ManagedActionsEnabled, environment secrets, custom options, DisableDefaultEC2SecurityGroup', () => {
      assert.ok(hover('option_settings:\n  aws:elasticbeanstalk:managedactions:\n    ManagedActions|Enabled: true\n')?.reference.includes('Default: `false`'));
      const secrets = hover('option_settings:\n  aws:elasticbeanstalk:application:environment|secrets:\n    DB: arn:aws:secretsmanager:us-east-1:111122223333:secret:db\n');
      assert.equal(secrets?.docsUrl, 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/command-options-general.html#command-options-general-elasticbeanstalk-application-environmentsecrets');
      assert.equal(hover('option_settings:\n  aws:elasticbeanstalk:custom|option:\n    A: 1\n')?.docsUrl, 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/configuration-options-custom.html');
      assert.ok(hover('option_settings:\n  aws:autoscaling:launchconfiguration:\n    DisableDefaultEC2|SecurityGroup: true\n')?.reference.includes('Default: `false`'));
    });

    it('a platform namespace links to its platform section of the reference', () => {
      const info = hover('option_settings:\n  aws:elasticbeanstalk:container:node|js:\n    ProxyServer: nginx\n');
      assert.ok(info?.reference.includes('platform-specific'), info?.reference);
      assert.equal(info?.docsUrl, 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/command-options-specific.html#command-options-nodejs');
      assert.equal(hover('option_settings:\n  aws:elasticbeanstalk:container:nod|e:\n    ProxyServer: nginx\n'), undefined);
    });

    it('the list form: namespace, option_name and value', () => {
      const text = 'option_settings:\n  - namespace: aws:autoscaling:asg\n    option_name: MaxSize\n    value: 4\n';
      assert.ok(hover(text.replace('option_name: MaxSize', 'option_name: Max|Size'))?.reference.includes('Default: `4`'));
      assert.ok(hover(text.replace('aws:autoscaling:asg', 'aws:autoscaling:a|sg'))?.reference.includes('Auto Scaling group'));
    });

    it('namespaces with a user part (listener port, process name)', () => {
      assert.ok(hover('option_settings:\n  aws:elbv2:listener:443:\n    Proto|col: HTTPS\n')?.reference.includes('Protocol'));
      assert.ok(hover('option_settings:\n  aws:elasticbeanstalk:environment:process:api:\n    Health|CheckPath: /health\n')?.reference.includes('Path that health check'));
    });
  });

  describe('completion', () => {
    it('top-level keys not used yet, in processing order', () => {
      assert.deepEqual(labels('packages:\n  yum: {}\n|\n').slice(0, 4), ['groups', 'users', 'sources', 'files']);
    });

    it('namespaces under option_settings, options of a namespace, valid values', () => {
      assert.ok(labels('option_settings:\n  |\n').includes('aws:elasticbeanstalk:xray'));
      assert.deepEqual(labels('option_settings:\n  aws:elasticbeanstalk:command:\n    DeploymentPolicy: Rolling\n    |\n'), ['Timeout', 'BatchSizeType', 'BatchSize', 'IgnoreHealthCheck']);
      assert.deepEqual(labels('option_settings:\n  aws:elasticbeanstalk:command:\n    DeploymentPolicy: |\n'), ['AllAtOnce', 'Rolling', 'RollingWithAdditionalBatch', 'Immutable', 'TrafficSplitting']);
      assert.deepEqual(labels('option_settings:\n  - namespace: aws:elasticbeanstalk:environment\n    option_name: LoadBalancerType\n    value: |\n'), ['classic', 'application', 'network']);
    });

    it('fields of a container command not yet written', () => {
      assert.deepEqual(labels('container_commands:\n  01_migrate:\n    command: x\n    |\n'), ['env', 'cwd', 'leader_only', 'test', 'ignoreErrors', 'waitAfterCompletion']);
    });
  });

  describe('diagnostics', () => {
    const codes = async (text: string, fileName?: string) => (await lint(text, fileName)).map((d) => d.code);

    it('a file in .ebextensions that does not end in .config', async () => {
      assert.deepEqual(await codes('option_settings: {}\n', '/w/.ebextensions/settings.yml'), ['ebextensions/file-extension']);
      assert.deepEqual(await codes('option_settings: {}\n'), []);
    });

    it('invalid YAML and JSON', async () => {
      assert.ok((await codes('option_settings:\n  a: [b\n - c\n')).includes('syntax/yaml'));
      assert.deepEqual(await codes('{"option_settings": {', '/w/.ebextensions/a.config'), ['syntax/json']);
    });

    it('unknown namespace and option, with did-you-mean; platform namespaces are known', async () => {
      const found = await lint('option_settings:\n  aws:elasticbeanstalk:comand:\n    Timeout: 5\n  aws:elasticbeanstalk:xray:\n    XRayEnable: true\n  aws:elasticbeanstalk:container:nodejs:\n    ProxyServer: nginx\n');
      assert.deepEqual(found.map((d) => d.code), ['ebextensions/unknown-namespace', 'ebextensions/unknown-option']);
      assert.match(found[0].message, /Did you mean "aws:elasticbeanstalk:command"\?/);
      assert.match(found[1].message, /Did you mean "XRayEnabled"\?/);
    });

    it('values outside the valid values or range, in both forms; computed values are left alone', async () => {
      assert.deepEqual(await codes('option_settings:\n  aws:elasticbeanstalk:command:\n    DeploymentPolicy: Rollin\n    Timeout: 0\n'), ['ebextensions/invalid-value', 'ebextensions/invalid-value']);
      assert.deepEqual(await codes('option_settings:\n  - namespace: aws:elasticbeanstalk:environment\n    option_name: EnvironmentType\n    value: Single\n'), ['ebextensions/invalid-value']);
      assert.deepEqual(await codes('option_settings:\n  aws:autoscaling:asg:\n    MaxSize: !Ref Max\n    MinSize: \'`{"Ref": "Min"}`\'\n'), []);
    });

    it('Parameters and Mappings beside Resources are documented keys; a misspelt one is not', async () => {
      const text = 'Parameters:\n  Port: { Type: String, Default: "80" }\nMappings:\n  Sizes: { dev: { n: 1 } }\nResources:\n  Q: { Type: AWS::SQS::Queue }\n';
      assert.deepEqual(await codes(text), []);
      assert.deepEqual(await codes('Parameter:\n  Port: { Type: String }\n'), ['ebextensions/unknown-key']);
    });

    it('Windows-only keys: packages msi, services windows, waitAfterCompletion', async () => {
      const text = 'packages:\n  msi:\n    agent: https://example.com/agent.msi\nservices:\n  windows:\n    W3SVC: { ensureRunning: true }\ncommands:\n  a:\n    command: set\n    waitAfterCompletion: 0\ncontainer_commands:\n  b:\n    command: set\n    waitAfterCompletion: forever\n';
      assert.deepEqual(await codes(text), []);
      assert.deepEqual(await codes('packages:\n  msu:\n    a: x\ncommands:\n  a:\n    command: set\n    waitAfterCompletoin: 0\n'), ['ebextensions/unknown-field', 'ebextensions/unknown-field']);
    });

    it('custom options and environment secrets take any name; an unknown namespace is reported once, not per option', async () => {
      assert.deepEqual(await codes('option_settings:\n  aws:elasticbeanstalk:customoption:\n    AlarmEmail: a@example.com\n    Other: 1\n'), []);
      assert.deepEqual(await codes('option_settings:\n  aws:elasticbeanstalk:application:environmentsecrets:\n    DB_PASSWORD: arn:aws:secretsmanager:us-east-1:111122223333:secret:db\n'), []);
      const found = await lint('option_settings:\n  aws:elasticbeanstalk:customoptions:\n    A: 1\n    B: 2\n    C: 3\n');
      assert.deepEqual(found.map((d) => [d.code, d.range.start.line]), [['ebextensions/unknown-namespace', 1]]);
      assert.match(found[0].message, /Did you mean "aws:elasticbeanstalk:customoption"\?/);
      // The list form names the namespace once per setting: each is its own mistake.
      assert.equal((await codes('option_settings:\n  - namespace: aws:bogus:ns\n    option_name: A\n    value: 1\n  - namespace: aws:bogus:ns\n    option_name: B\n    value: 2\n')).length, 2);
    });

    it('DisableDefaultEC2SecurityGroup is a boolean option of aws:autoscaling:launchconfiguration', async () => {
      assert.deepEqual(await codes('option_settings:\n  aws:autoscaling:launchconfiguration:\n    DisableDefaultEC2SecurityGroup: true\n    SecurityGroups: sg-1\n'), []);
      assert.deepEqual(await codes('option_settings:\n  aws:autoscaling:launchconfiguration:\n    DisableDefaultEC2SecurityGroup: yes\n'), ['ebextensions/invalid-value']);
    });

    it('environment properties take any name', async () => {
      assert.deepEqual(await codes('option_settings:\n  aws:elasticbeanstalk:application:environment:\n    ANYTHING_GOES: 1\n'), []);
      assert.deepEqual(await codes('option_settings:\n  - option_name: ANY_NAME\n    value: x\n'), []);
    });

    it('the realistic samples give no diagnostics; the broken ones give each kind', async () => {
      const app = path.join(SAMPLES, 'eb-app', '.ebextensions');
      for (const name of fs.readdirSync(app)) assert.deepEqual(await lint(fs.readFileSync(path.join(app, name), 'utf8'), path.join(app, name)), [], name);
      const broken = path.join(SAMPLES, 'eb-broken', '.ebextensions');
      const found = new Set<string>();
      for (const name of fs.readdirSync(broken)) for (const d of await lint(fs.readFileSync(path.join(broken, name), 'utf8'), path.join(broken, name))) found.add(d.code);
      for (const code of ['ebextensions/file-extension', 'syntax/yaml', 'ebextensions/unknown-namespace', 'ebextensions/unknown-option', 'ebextensions/invalid-value', 'ebextensions/unknown-field']) assert.ok(found.has(code), code);
    });
  });
});
