import * as assert from 'node:assert/strict';
import { generateQuestions } from '../../../src/core/quiz/generateQuestions';
import { givesAway } from '../../../src/core/quiz/giveAway';
import { MAX_PROMPT_LENGTH } from '../../../src/core/quiz/promptFit';
import { readSeedNotes } from '../fixtures/seedNotes';
import { indexOf } from './quizNotes';

/** Issue 12, problem 5: prompts that are too long, that give the value away, or offer a true distractor. */
describe('quiz prompt rules', () => {
  it('caps a prompt at 160 characters by shortening the breadcrumb from its start', () => {
    const notes = [
      'AppSync',
      '  • Resolver: the code that connects a schema field to a data source, written in JavaScript or VTL, run by AppSync once per field of every request that selects it',
      '    • Resolver runtimes: APPSYNC_JS and VTL',
      '      • The APPSYNC_JS runtime supports a subset of ECMAScript 6 features, so not every library can be bundled',
      '',
    ].join('\n');
    const questions = generateQuestions(indexOf(notes));
    const runtimes = questions.find((q) => q.answer === 'APPSYNC_JS and VTL');
    assert.ok(runtimes, questions.map((q) => q.prompt).join('\n'));
    assert.ok(runtimes.prompt.length <= MAX_PROMPT_LENGTH, `${runtimes.prompt.length}: ${runtimes.prompt}`);
    assert.match(runtimes.prompt, /^… › Resolver runtimes: ____$/);
    for (const question of questions) assert.ok(question.prompt.length <= MAX_PROMPT_LENGTH, question.prompt);
  });

  it('keeps every prompt of the seed notes within 160 characters', function () {
    const seed = readSeedNotes();
    if (!seed) this.skip();
    const long = generateQuestions(indexOf(seed, 'aws-developer-notes.txt')).filter((q) => q.prompt.length > MAX_PROMPT_LENGTH);
    assert.deepEqual(long.map((q) => q.prompt), []);
  });

  it('treats a quantity in the prompt within 10 % of the answer, after unit conversion, as a give-away', () => {
    assert.equal(givesAway('S3 › Object size: up to ____ (about 50 TB)', '48.8 TiB'), true);
    assert.equal(givesAway('Lambda › Timeout: ____ (a quarter of an hour, 900 seconds)', '15 minutes'), true);
    assert.equal(givesAway('SQS › Retention: ____ (default 4 days)', '14 days'), false);
    assert.equal(givesAway('Kinesis › Shard: writes ____, reads 2 MB/s', '1 MB/s'), false);
    const questions = generateQuestions(indexOf('S3\n  • Object size: up to 48.8 TiB (about 50 TB) per object\n  • Single PUT upload: up to 5 GB\n'));
    assert.equal(questions.filter((q) => q.answer === '48.8 TiB').length, 0, questions.map((q) => `${q.prompt} => ${q.answer}`).join('\n'));
  });

  it('never offers as a distractor the value another fact gives for the same subject', () => {
    const notes = [
      'S3',
      '  • Limits',
      '    • Largest object size is 48.8 TiB',
      '    • Single PUT upload takes up to 5 GB',
      '    • Multipart part size is at least 5 MB',
      '  • Old notes',
      '    • Max object size 5 TB',
      'DynamoDB',
      '  • Largest item size is 400 KB',
      '  • Query pages hold 1 MB',
      '',
    ].join('\n');
    const question = generateQuestions(indexOf(notes)).find((q) => q.answer === '48.8 TiB');
    assert.ok(question);
    assert.equal(question.kind, 'choice');
    assert.ok(!question.choices.includes('5 TB'), `"5 TB" is what the notes also say of the object size: ${question.choices.join(' | ')}`);
  });

  it('never offers the definition another fact gives for the same term', () => {
    const notes = [
      'SQS',
      '  • APIs',
      '    • PurgeQueue: deletes every message but keeps the queue',
      '    • DeleteQueue: removes the queue itself',
      '    • ChangeMessageVisibility: extends how long a received message stays hidden',
      '    • SendMessageBatch: sends several messages in one call',
      '    • PurgeQueue: empties the queue in one call',
      '',
    ].join('\n');
    const question = generateQuestions(indexOf(notes)).find((q) => q.answer === 'deletes every message but keeps the queue');
    assert.ok(question);
    assert.ok(!question.choices.includes('empties the queue in one call'), question.choices.join(' | '));
  });
});
