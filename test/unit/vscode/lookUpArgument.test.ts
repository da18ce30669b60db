import * as assert from 'node:assert/strict';
import { lookUpArgument, moreNotesLink } from '../../../src/vscode/lookup/lookUpArgument';

describe('the "N more in your notes…" link', () => {
  const query = { service: 'Elastic Beanstalk', terms: ['RootVolumeType'], describedAs: 'Root EBS volume type: `standard` (magnetic), `gp2`/`gp3` (general purpose SSD).' };

  it('survives a markdown link with a description holding parentheses, and reads back as the hover\'s query', () => {
    const markdown = `[4 more in your notes…](${moreNotesLink('root volume type', query)})`;
    // What the hover's markdown link holds: everything up to the first ")".
    const target = /\]\(command:awsNotes\.lookUpFact\?([^)]+)\)/.exec(markdown)?.[1];
    assert.ok(target && markdown.endsWith(`${target})`), markdown);
    const [argument] = JSON.parse(decodeURIComponent(target)) as [unknown];
    assert.deepEqual(lookUpArgument(argument), { text: 'root volume type', hover: { text: 'root volume type', query } });
  });

  it('takes a crafted argument as an empty lookup: a description too long to be a catalog\'s, services or a host service that are not names', () => {
    assert.deepEqual(lookUpArgument({ text: 'x', query: { ...query, describedAs: 'a'.repeat(5_000) } }), { text: '' });
    assert.deepEqual(lookUpArgument({ text: 'x', query: { ...query, services: [42] } }), { text: '' });
    assert.deepEqual(lookUpArgument({ text: 'x', query: { ...query, within: { service: 'EB' } } }), { text: '' });
    assert.deepEqual(lookUpArgument('sqs visibility'), { text: 'sqs visibility' });
  });
});
