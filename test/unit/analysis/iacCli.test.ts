import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cli } from '../fixtures/cli';

const ROOT = path.join(__dirname, '../../..');
const sample = (relative: string) => path.join(ROOT, 'samples', relative);


describe('CLI hover, complete, lint', () => {
  it('hover prints the reference, the docs link and "Your notes" with file:line links (1-based)', async () => {
    const notes = sample('notes/iac-notes.txt');
    const { code, out } = await cli('hover', sample('appspec/ec2/appspec.yml'), '20:5', '--notes', notes);
    assert.equal(code, 0);
    assert.ok(out.includes('**4 of 9** in an in-place deployment'), out);
    assert.ok(out.includes('[AWS documentation](https://docs.aws.amazon.com/codedeploy/'));
    assert.ok(out.includes('**Your notes**'));
    const line = fs.readFileSync(notes, 'utf8').split('\n').findIndex((text) => text.includes('BeforeInstall: back up')) + 1;
    assert.ok(out.includes(`(${notes}:${line})`), out);
  });

  it('hover in the Resources of an .ebextensions file is the CloudFormation analyzer\'s', async () => {
    const { code, out } = await cli('hover', sample('ebextensions/eb-app/.ebextensions/04-queue.config'), '4:16');
    assert.equal(code, 0);
    assert.ok(out.startsWith('**AWS::SQS::Queue** — resource type'), out);
  });

  it('hover prints nothing and exits 0 where there is nothing to say', async () => {
    assert.deepEqual(await cli('hover', sample('appspec/ec2/appspec.yml'), '1:1'), { code: 0, out: '', err: '' });
  });

  it('complete --json lists labels with details in list order', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aws-notes-'));
    const file = path.join(dir, 'appspec.yml');
    fs.writeFileSync(file, 'version: 0.0\nos: linux\nhooks:\n  AfterInstall:\n    - location: a.sh\n  \n');
    const { code, out } = await cli('complete', file, '6:3', '--json');
    assert.equal(code, 0);
    const items = JSON.parse(out) as { label: string; detail: string }[];
    assert.deepEqual(items.map((item) => item.label).slice(0, 4), ['BeforeBlockTraffic', 'AfterBlockTraffic', 'ApplicationStop', 'BeforeInstall']);
    assert.ok(items.every((item) => typeof item.detail === 'string' && item.detail.length > 0));
  });

  it('lint prints FILE:LINE:COL: severity: message [code] and exits 1 on errors, 0 on a valid file', async () => {
    const broken = sample('appspec/broken/appspec.yml');
    const result = await cli('lint', broken, sample('appspec/ec2/appspec.yml'));
    assert.equal(result.code, 1);
    assert.ok(result.out.split('\n').includes(`${broken}:13:3: error: Unknown lifecycle event "BeforInstall". Did you mean "BeforeInstall"? [appspec/unknown-hook]`), result.out);
    assert.ok(result.out.split('\n').every((line) => line.startsWith(broken)));
    assert.deepEqual(await cli('lint', sample('ebextensions/eb-app/.ebextensions/02-options.config')), { code: 0, out: '', err: '' });
    const warningsOnly = await cli('lint', sample('ebextensions/eb-broken/.ebextensions/settings.yml'));
    assert.equal(warningsOnly.code, 0);
    assert.match(warningsOnly.out, /settings\.yml:1:1: warning: .* \[ebextensions\/file-extension\]$/);
  });

  it('lint --ignore silences rules by id, comma-separated or repeated', async () => {
    const broken = sample('appspec/broken/appspec.yml');
    const all = (await cli('lint', broken)).out;
    assert.match(all, /\[appspec\/unknown-hook\]/);
    const ignored = await cli('lint', broken, '--ignore', 'appspec/unknown-hook,appspec/hook-order', '--ignore=appspec/timeout');
    assert.doesNotMatch(ignored.out, /\[appspec\/(unknown-hook|hook-order|timeout)\]/);
    assert.equal(ignored.out.split('\n').filter(Boolean).length, all.split('\n').filter((line) => line && !/\[appspec\/(unknown-hook|hook-order|timeout)\]/.test(line)).length);
  });

  it('lint reports unreadable and binary files without crashing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aws-notes-'));
    const binary = path.join(dir, 'appspec.yml');
    fs.writeFileSync(binary, Buffer.from([0xff, 0xfe, 0x00, 0x01]));
    const result = await cli('lint', binary, path.join(dir, 'missing.yml'));
    assert.equal(result.code, 1);
    assert.match(result.err, /not a UTF-8 text file/);
    assert.match(result.err, /cannot read .*missing\.yml: ENOENT/);
  });

  it('lint says why a file that may be IaC is not analysed (nested absurdly deep, too large)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aws-notes-'));
    const deep = path.join(dir, 'appspec.yml');
    fs.writeFileSync(deep, `hooks: ${'['.repeat(40)}`);
    const { code, err } = await cli('lint', deep);
    assert.equal(code, 0);
    assert.match(err, /appspec\.yml: not analysed: it nests more than 32 levels deep/);
  });

  it('a bad LINE:COL is a usage error', async () => {
    assert.equal((await cli('hover', sample('appspec/ec2/appspec.yml'), '0:1')).code, 2);
    assert.equal((await cli('complete', sample('appspec/ec2/appspec.yml'))).code, 2);
  });
});
