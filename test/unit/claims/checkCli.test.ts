import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cli } from '../fixtures/cli';

describe('CLI check', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aws-notes-check-'));
  const notes = path.join(dir, 'mine.txt');
  fs.writeFileSync(notes, ['DynamoDB', '  • Query', '    • For sort key, use: FilterExpression', '    • Partition key: equality in KeyConditionExpression'].join('\n'));

  it('prints FILE:LINE:COL: info: message [claim-id], 1-based, and exits 0', async () => {
    const { code, out } = await cli('check', notes);
    assert.equal(code, 0);
    assert.equal(out.split('\n').length, 1);
    assert.match(out, new RegExp(`^${notes.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}:3:7: info: AWS docs: .+ \\(this note says FilterExpression\\) \\[dynamodb-query-sort-key\\]$`));
  });

  it('--json gives the fixed shape with 1-based line and column', async () => {
    const [row, ...rest] = JSON.parse((await cli('check', notes, '--json')).out);
    assert.equal(rest.length, 0);
    assert.equal(row.file, notes);
    assert.equal(row.line, 3);
    assert.equal(row.column, 7);
    assert.equal(row.claim, 'dynamodb-query-sort-key');
    assert.match(row.url, /^https:\/\/docs\.aws\.amazon\.com\//);
    assert.equal(row.note, 'For sort key, use: FilterExpression');
    assert.equal(typeof row.documented, 'string');
  });

  it('--strict exits 1 when something is found, and the bundled pack (no NOTES) has nothing', async () => {
    assert.equal((await cli('check', notes, '--strict')).code, 1);
    const pack = await cli('check', '--strict');
    assert.deepEqual([pack.code, pack.out], [0, '']);
  });

  it('reports an unreadable file and checks the rest', async () => {
    const run = await cli('check', path.join(dir, 'gone.txt'), notes);
    assert.equal(run.code, 0);
    assert.match(run.err, /cannot read .*gone\.txt/);
    assert.match(run.out, /\[dynamodb-query-sort-key\]/);
  });
});
