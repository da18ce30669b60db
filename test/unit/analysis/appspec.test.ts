import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analysisOf, completionsAt, hoverAt, lintAnalysis } from '../../../src/core/analysis/analyze';
import { withCursor } from './cursorMarker';
import { termsAsked } from './termsAsked';

const SAMPLES = path.join(__dirname, '../../../samples/appspec');

function hover(marked: string, fileName = '/w/appspec.yml') {
  const { text, position } = withCursor(fileName, marked);
  const analysis = analysisOf(fileName, text);
  assert.ok(analysis);
  return hoverAt(analysis, position);
}

function labels(marked: string, fileName = '/w/appspec.yml') {
  const { text, position } = withCursor(fileName, marked);
  return completionsAt(analysisOf(fileName, text)!, position).map((item) => item.label);
}

async function lint(text: string, fileName = '/w/appspec.yml', exists: (p: string) => boolean = () => true) {
  const analysis = analysisOf(fileName, text);
  assert.ok(analysis);
  return lintAnalysis(analysis, { fileExists: async (p) => exists(p) });
}

const EC2 = 'version: 0.0\nos: linux\nhooks:\n';

describe('appspec analyzer', () => {
  describe('hover', () => {
    it('a hook: its position in the lifecycle, neighbours, whether it runs scripts, the notes query', () => {
      const info = hover(`${EC2}  Before|Install:\n    - location: a.sh\n`);
      assert.ok(info?.reference.includes('**4 of 9** in an in-place deployment — after `DownloadBundle`, before `Install`'), info?.reference);
      assert.ok(info?.reference.includes('Can run scripts'));
      assert.match(info!.docsUrl, /^https:\/\/docs\.aws\.amazon\.com\/codedeploy\/latest\/userguide\/reference-appspec-file-structure-hooks\.html/);
      assert.deepEqual(termsAsked(info?.notes), { service: 'CodeDeploy', terms: ['BeforeInstall'], context: ['EC2/On-Premises'] });
      // What the lifecycle reference says the hook does, for the notes that say the same.
      assert.match(info?.notes?.describedAs ?? '', /decrypting files or backing up the current version/);
      assert.deepEqual(info?.range, { start: { line: 3, character: 2 }, end: { line: 3, character: 15 } });
    });

    it('a traffic hook (also a blue/green hook) shows no in-place position, and says where it runs in blue/green', () => {
      for (const name of ['BeforeBlockTraffic', 'AfterBlockTraffic', 'BeforeAllowTraffic', 'AfterAllowTraffic']) {
        const info = hover(`${EC2}  ${name.slice(0, 6)}|${name.slice(6)}:\n    - location: a.sh\n`);
        assert.ok(info?.reference.startsWith(`**${name}** — CodeDeploy lifecycle event`), info?.reference);
        assert.doesNotMatch(info!.reference, / of \d+\*\*|in-place deployment with a load balancer —/);
        assert.match(info!.reference, /blue\/green deployment it runs on the (original|replacement) instances/);
      }
    });

    it('a reserved event says it cannot run scripts', () => {
      assert.ok(hover(`${EC2}  Inst|all:\n    - location: a.sh\n`)?.reference.includes('Reserved'));
    });

    it('ECS and Lambda hooks in a `Hooks` list, by their own lifecycle', () => {
      const ecs = hover('version: 0.0\nResources:\n  - S:\n      Type: AWS::ECS::Service\nHooks:\n  - AfterAllow|TestTraffic: fn\n');
      assert.ok(ecs?.reference.includes('(Amazon ECS)'), ecs?.reference);
      assert.ok(ecs?.reference.includes('**6 of 10**'), ecs?.reference);
      const lambda = hover('version: 0.0\nResources:\n  - f:\n      Type: AWS::Lambda::Function\nHooks:\n  - BeforeAllow|Traffic: fn\n');
      assert.ok(lambda?.reference.includes('**2 of 5** in an AWS Lambda deployment — after `Start`, before `AllowTraffic`'), lambda?.reference);
    });

    it('top-level keys, values and script fields', () => {
      assert.ok(hover('version: 0.0\no|s: linux\n')?.reference.includes('`linux`'));
      assert.ok(hover('version: 0.0\nos: win|dows\n')?.reference.includes('`os: windows`'));
      assert.ok(hover('file_exists_behavior: RET|AIN\n')?.reference.includes('already on the instance is kept'));
      assert.ok(hover(`${EC2}  AfterInstall:\n    - location: a.sh\n      time|out: 30\n`)?.reference.includes('3600'));
    });
  });

  describe('completion', () => {
    it('under `hooks:` offers the unused hooks of the platform in lifecycle order, no reserved ones', () => {
      const offered = labels(`${EC2}  AfterInstall:\n    - location: a.sh\n  |\n`);
      assert.deepEqual(offered, ['BeforeBlockTraffic', 'AfterBlockTraffic', 'ApplicationStop', 'BeforeInstall', 'ApplicationStart', 'ValidateService', 'BeforeAllowTraffic', 'AfterAllowTraffic']);
    });

    it('inserts a hook with a script skeleton (EC2) or a function name (Lambda)', () => {
      const { text, position } = withCursor('/w/appspec.yml', `${EC2}  Before|\n`);
      const item = completionsAt(analysisOf('/w/appspec.yml', text)!, position).find((entry) => entry.label === 'BeforeInstall');
      assert.equal(item?.insertText, 'BeforeInstall:\n  - location: ${1:scripts/before_install.sh}\n    timeout: ${2:300}');
      assert.deepEqual(item?.range, { start: { line: 3, character: 2 }, end: { line: 3, character: 8 } });
      const lambda = 'version: 0.0\nResources:\n  - f:\n      Type: AWS::Lambda::Function\nHooks:\n  - BeforeAllowTraffic: fn\n  - |\n';
      assert.deepEqual(labels(lambda), ['AfterAllowTraffic']);
    });

    it('top-level keys not yet used, files/permissions fields, script fields', () => {
      assert.deepEqual(labels('version: 0.0\n|\n'), ['os', 'files', 'file_exists_behavior', 'permissions', 'hooks']);
      assert.deepEqual(labels('files:\n  - source: /\n    |\n'), ['destination']);
      assert.ok(labels('permissions:\n  - |\n').includes('object'));
      assert.deepEqual(labels(`${EC2}  AfterInstall:\n    - location: a.sh\n      |\n`), ['timeout', 'runas']);
      assert.deepEqual(labels('version: 0.0\nResources:\n  - f:\n      Type: AWS::Lambda::Function\n|\n'), ['Hooks']);
    });

    it('values of os, file_exists_behavior and permission types', () => {
      assert.deepEqual(labels('os: |\n'), ['linux', 'windows']);
      assert.deepEqual(labels('file_exists_behavior: |\n'), ['DISALLOW', 'OVERWRITE', 'RETAIN']);
      assert.deepEqual(labels('permissions:\n  - object: /a\n    type:\n      - |\n'), ['file', 'directory']);
    });

    it('in appspec.json too, inserting the bare name inside the quotes', () => {
      const { text, position } = withCursor('/w/appspec.json', '{"version": 0.0, "os": "linux", "hooks": {"Bef|"}}');
      const item = completionsAt(analysisOf('/w/appspec.json', text)!, position).find((entry) => entry.label === 'BeforeInstall');
      assert.equal(item?.insertText, undefined);
      assert.deepEqual(item?.range, { start: { line: 0, character: 43 }, end: { line: 0, character: 46 } });
    });
  });

  describe('diagnostics', () => {
    const codes = async (text: string, exists?: (p: string) => boolean) => (await lint(text, '/w/appspec.yml', exists)).map((d) => d.code);

    it('reserved events used as hooks, on every platform', async () => {
      for (const name of ['DownloadBundle', 'Install', 'BlockTraffic', 'AllowTraffic', 'Start', 'End']) {
        assert.deepEqual(await codes(`${EC2}  ${name}:\n    - location: a.sh\n`), ['appspec/reserved-hook'], name);
      }
      assert.deepEqual(await codes('version: 0.0\nResources:\n  - S:\n      Type: AWS::ECS::Service\nHooks:\n  - TestTraffic: fn\n'), ['appspec/reserved-hook']);
    });

    it('hooks of another platform, unknown hooks with did-you-mean', async () => {
      const found = await lint(`${EC2}  AfterAllowTestTraffic:\n    - location: a.sh\n  BeforInstall:\n    - location: b.sh\n`);
      assert.deepEqual(found.map((d) => d.code), ['appspec/hook-not-on-platform', 'appspec/unknown-hook']);
      assert.match(found[1].message, /Did you mean "BeforeInstall"\?/);
      assert.deepEqual(found[1].range.start, { line: 5, character: 2 });
    });

    it('timeout above 3600, and the scripts of one event above 3600 together', async () => {
      assert.deepEqual(await codes(`${EC2}  AfterInstall:\n    - location: a.sh\n      timeout: 3601\n`), ['appspec/timeout']);
      assert.deepEqual(await codes(`${EC2}  AfterInstall:\n    - location: a.sh\n      timeout: 3600\n`), []);
      assert.deepEqual(await codes(`${EC2}  AfterInstall:\n    - location: a.sh\n      timeout: 1800\n    - location: b.sh\n      timeout: 1801\n`), ['appspec/event-timeout']);
    });

    it('version other than 0.0, os other than linux/windows, bad file_exists_behavior', async () => {
      assert.deepEqual(await codes('version: 0.1\nos: linux\n'), ['appspec/version']);
      assert.deepEqual(await codes('version: "0.0"\nos: Linux\n'), ['appspec/os']);
      assert.deepEqual(await codes('version: 0.0\nos: linux\nfile_exists_behavior: overwrite\n'), ['appspec/file-exists-behavior']);
    });

    it('JSON "version": 0 is the number 0.0; YAML and JSON other numbers are not', async () => {
      const json = (version: string) => `{"version": ${version}, "Resources": [{"T": {"Type": "AWS::Lambda::Function", "Properties": {"Name": "f", "Alias": "a", "CurrentVersion": "1", "TargetVersion": "2"}}}]}`;
      const jsonCodes = async (version: string) => (await lint(json(version), '/w/appspec.json')).map((d) => d.code);
      assert.deepEqual(await jsonCodes('0'), []);
      assert.deepEqual(await jsonCodes('0.0'), []);
      assert.deepEqual(await jsonCodes('1'), ['appspec/version']);
      assert.deepEqual(await jsonCodes('"0"'), ['appspec/version']);
      assert.deepEqual(await codes('version: 0\nos: linux\n'), ['appspec/version']);
    });

    it('an unknown key read across lines is quoted on one line', async () => {
      // A stray `//` line and a blank line: YAML reads one key spanning both, with a newline in it.
      const unknown = (await lint('// not YAML\n\nversion: 0.0\nos: linux\n')).find((d) => d.code === 'appspec/unknown-key');
      assert.ok(unknown, 'the stray line makes an unknown key');
      assert.ok(!unknown.message.includes('\n'), unknown.message);
      assert.match(unknown.message, /"\/\/ not YAML\\nversion"/);
    });

    it('Windows script paths with backslashes are looked up with slashes (os: windows only)', async () => {
      const windows = `version: 0.0\nos: windows\nhooks:\n  BeforeInstall:\n    - location: \\before-install.bat\n    - location: deploy\\stop.ps1\n`;
      const present = (p: string) => p === 'before-install.bat' || p === 'deploy/stop.ps1';
      assert.deepEqual(await codes(windows, present), []);
      assert.deepEqual(await codes(windows, () => false), ['appspec/missing-script', 'appspec/missing-script']);
      const linux = `${EC2}  BeforeInstall:\n    - location: deploy\\stop.sh\n`;
      assert.deepEqual(await codes(linux, (p) => p === 'deploy/stop.sh'), ['appspec/missing-script']);
    });

    it('a location script missing beside the appspec file (a warning)', async () => {
      const found = await lint(`${EC2}  AfterInstall:\n    - location: scripts/a.sh\n    - location: ./scripts/b.sh\n`, '/w/appspec.yml', (p) => p === 'scripts/a.sh');
      assert.deepEqual(found.map((d) => [d.code, d.severity]), [['appspec/missing-script', 'warning']]);
      assert.match(found[0].message, /scripts\/b\.sh/);
    });

    it('hooks out of lifecycle order: information, not an error', async () => {
      const found = await lint(`${EC2}  ApplicationStart:\n    - location: a.sh\n  BeforeInstall:\n    - location: b.sh\n`);
      assert.deepEqual(found.map((d) => [d.code, d.severity]), [['appspec/hook-order', 'info']]);
    });

    it('the realistic samples give no diagnostics; the broken one gives each kind', async () => {
      for (const platform of ['ec2', 'ecs', 'lambda']) {
        const file = path.join(SAMPLES, platform, 'appspec.yml');
        const found = await lint(fs.readFileSync(file, 'utf8'), file, (p) => fs.existsSync(path.join(SAMPLES, platform, p)));
        assert.deepEqual(found, [], platform);
      }
      const broken = path.join(SAMPLES, 'broken', 'appspec.yml');
      const found = new Set((await lint(fs.readFileSync(broken, 'utf8'), broken, (p) => fs.existsSync(path.join(SAMPLES, 'broken', p)))).map((d) => d.code));
      for (const code of ['appspec/version', 'appspec/os', 'appspec/file-exists-behavior', 'appspec/timeout', 'appspec/event-timeout', 'appspec/hook-order', 'appspec/reserved-hook', 'appspec/unknown-hook', 'appspec/hook-not-on-platform', 'appspec/missing-script']) {
        assert.ok(found.has(code), code);
      }
    });
  });
});
