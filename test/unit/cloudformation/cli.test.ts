import * as assert from 'node:assert/strict';
import { cli } from '../fixtures/cli';


/** The CLI answers from the same analysis as the editor, with the catalog files read from disk. */
describe('CLI on CloudFormation and IAM files', () => {
  it('lint reports the broken samples (exit 1) and nothing on the valid ones (exit 0)', async () => {
    const broken = await cli('lint', 'samples/cloudformation/broken-template.yaml', 'samples/iam/broken-policy.json');
    assert.equal(broken.code, 1);
    assert.match(broken.out, /broken-template\.yaml:16:11: error: Unknown resource type "AWS::S3::Buckt".*\[cloudformation\/unknown-resource-type\]/);
    assert.match(broken.out, /broken-policy\.json:10:27: warning: .*use "Bool"\. \[iam\/operator-type-mismatch\]/);
    const valid = await cli('lint', 'samples/cloudformation/web-app.yaml', 'samples/cloudformation/sam-app.yaml', 'samples/cloudformation/queue-stack.json', 'samples/iam/bucket-access-policy.json');
    assert.deepEqual(valid, { code: 0, out: '', err: '' });
  });

  it('hover shows the resource type from the runtime catalog, with the notes given', async () => {
    const { out } = await cli('hover', 'samples/cloudformation/web-app.yaml', '28:14', '--notes', 'samples/notes/cfn-iam-notes.txt');
    assert.match(out, /\*\*AWS::S3::Bucket\*\* — resource type/);
    assert.match(out, /\*\*Your notes\*\*/);
  });

  it('complete offers the resource types', async () => {
    const { out } = await cli('complete', 'samples/cloudformation/web-app.yaml', '28:11');
    assert.match(out, /AWS::S3::Bucket/);
  });
});
