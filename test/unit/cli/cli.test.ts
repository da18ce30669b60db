import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cli } from '../fixtures/cli';
import { SEED_NOTES_PATH, readSeedNotes } from '../fixtures/seedNotes';


describe('CLI', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aws-notes-cli-'));
  const notes = path.join(dir, 'mine.txt');
  fs.writeFileSync(notes, 'Elasticache\n  • Redis replicas: 0 to 5 per shard\nSQS\n  • Default visibility timeout: 30 seconds\n');

  it('index --json reports services, aliases, fact counts and unmapped lines', async () => {
    const { code, out } = await cli('index', notes, '--json');
    assert.equal(code, 0);
    const report = JSON.parse(out);
    assert.equal(report.facts, 2);
    assert.equal(report.unmapped, 0);
    assert.deepEqual(report.services.map((s: { name: string }) => s.name), ['ElastiCache', 'SQS']);
    assert.ok(report.services[0].aliases.includes('Elasticache'));
  });

  it('index with no notes reads the bundled pack', async () => {
    const report = JSON.parse((await cli('index', '--json')).out);
    assert.ok(report.facts > 100, `${report.facts} facts`);
    assert.equal(report.unmapped, 0);
  });

  it('lookup prints the best facts with 1-based file:line, as text and JSON', async () => {
    const text = await cli('lookup', 'visibility timeout', '--notes', notes);
    assert.match(text.out, /Default visibility timeout: 30 seconds\n {4}SQS {2}\(.*mine\.txt:4\)/);
    const json = JSON.parse((await cli('lookup', 'redis replicas', '--notes', notes, '--json', '--limit', '1')).out);
    assert.deepEqual(json.map((m: { text: string; breadcrumb: string; line: number }) => [m.text, m.breadcrumb, m.line]), [['Redis replicas: 0 to 5 per shard', 'Elasticache', 2]]);
  });

  it('reports a missing notes file and goes on', async () => {
    const { code, err } = await cli('lookup', 'redis', '--notes', path.join(dir, 'gone.txt'), '--notes', notes);
    assert.equal(code, 0);
    assert.match(err, /cannot read .*gone\.txt: ENOENT/);
  });

  it('skips binary and non-UTF-8 notes with a message', async () => {
    const binary = path.join(dir, 'binary.txt');
    fs.writeFileSync(binary, Buffer.from([0x53, 0x51, 0x00, 0x01]));
    const latin1 = path.join(dir, 'latin1.txt');
    fs.writeFileSync(latin1, Buffer.from([0x53, 0x33, 0x0a, 0x20, 0x20, 0x2d, 0x20, 0xe9, 0x74, 0xe9]));
    const { code, err, out } = await cli('index', binary, latin1, notes, '--json');
    assert.equal(code, 0);
    assert.match(err, /binary\.txt: it looks binary/);
    assert.match(err, /latin1\.txt: it is not valid UTF-8/);
    assert.equal(JSON.parse(out).facts, 2);
  });

  it('answers usage errors with exit 2', async () => {
    assert.equal((await cli('lookup')).code, 2);
    assert.equal((await cli('nonsense')).code, 2);
    assert.equal((await cli('lookup', 'x', '--limit', 'zero')).code, 2);
  });

  const seed = readSeedNotes();
  (seed ? it : it.skip)('index of the seed notes: at least 45 services and no unmapped line', async () => {
    const report = JSON.parse((await cli('index', SEED_NOTES_PATH, '--json')).out);
    assert.ok(report.services.length >= 45);
    assert.equal(report.unmapped, 0);
  });
});
