import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cli } from '../fixtures/cli';
import { SEED_NOTES_PATH, readSeedNotes } from '../fixtures/seedNotes';
import { QUIZ_NOTES } from './quizNotes';


interface JsonQuestion {
  id: string;
  kind: string;
  prompt: string;
  answer: string;
  choices: string[];
  domain: string | null;
  file: string;
  line: number;
}

describe('CLI quiz', () => {
  const notes = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'aws-notes-quiz-')), 'mine.txt');
  fs.writeFileSync(notes, QUIZ_NOTES);

  it('--json gives questions in the documented shape with 1-based lines', async () => {
    const { code, out } = await cli('quiz', '--notes', notes, '--json', '--count', '100');
    assert.equal(code, 0);
    const questions = JSON.parse(out) as JsonQuestion[];
    assert.deepEqual(Object.keys(questions[0]), ['id', 'kind', 'prompt', 'answer', 'choices', 'domain', 'file', 'line']);
    const size = questions.find((q) => q.answer === '400 KB')!;
    assert.equal(QUIZ_NOTES.split('\n')[size.line - 1].trim(), '• Largest item size is 400 KB');
    assert.equal(size.domain, 'Development with AWS Services', 'a DynamoDB fact is in Development (data stores)');
    const hooks = questions.find((q) => q.kind === 'order' && q.answer.startsWith('BeforeInstall'))!;
    assert.equal(hooks.domain, 'Deployment');
    assert.ok(questions.every((q) => q.domain === null || ['Development with AWS Services', 'Security', 'Deployment', 'Troubleshooting and Optimization'].includes(q.domain)));
  });

  it('--count keeps every kind and --service filters by service or alias', async () => {
    const few = JSON.parse((await cli('quiz', '--notes', notes, '--json', '--count', '4')).out) as JsonQuestion[];
    assert.equal(few.length, 4);
    assert.deepEqual(new Set(few.map((q) => q.kind)), new Set(['cloze', 'choice', 'order', 'service']));
    const sqs = JSON.parse((await cli('quiz', '--notes', notes, '--json', '--service', 'Simple Queue Service')).out) as JsonQuestion[];
    assert.ok(sqs.length > 0);
    const lines = QUIZ_NOTES.split('\n');
    const [from, to] = [lines.indexOf('SQS'), lines.indexOf('CodeDeploy')];
    assert.ok(sqs.every((q) => q.line - 1 > from && q.line - 1 < to), 'a question from outside the SQS section');
  });

  it('prints readable questions without --json', async () => {
    const { out } = await cli('quiz', '--notes', notes, '--count', '2');
    assert.match(out, /^1\. \[\w+\] /m);
    assert.match(out, /answer: .*mine\.txt:\d+\) {4}DVA-C02: (Development with AWS Services|Security|Deployment|Troubleshooting and Optimization|no domain)$/m);
  });

  it('the seed notes give at least 150 distinct questions of all four kinds with --count 200', async function () {
    if (!readSeedNotes()) this.skip();
    const questions = JSON.parse((await cli('quiz', '--notes', SEED_NOTES_PATH, '--json', '--count', '200')).out) as JsonQuestion[];
    assert.ok(new Set(questions.map((q) => q.prompt)).size >= 150);
    assert.deepEqual(new Set(questions.map((q) => q.kind)), new Set(['cloze', 'choice', 'order', 'service']));
  });
});
