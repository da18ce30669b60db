import * as assert from 'node:assert/strict';
import { generateQuestions, sampleAcrossKinds } from '../../../src/core/quiz/generateQuestions';
import { choicesAreDistinct, givesAway } from '../../../src/core/quiz/giveAway';
import { ORDER_SEPARATOR, type Question } from '../../../src/core/quiz/question';
import { readSeedNotes } from '../fixtures/seedNotes';
import { QUIZ_NOTES, indexOf } from './quizNotes';

/** The rules every question must keep, whatever notes it came from. */
function assertWellFormed(question: Question): void {
  const where = `${question.kind} "${question.prompt}"`;
  assert.ok(question.prompt.trim() && question.answer.trim(), `${where}: empty prompt or answer`);
  assert.ok(choicesAreDistinct(question.choices), `${where}: repeated choices ${question.choices.join(' | ')}`);
  if (question.kind === 'order') {
    assert.ok(question.choices.length >= 3, `${where}: too few items`);
    assert.deepEqual([...question.choices].sort(), question.answer.split(ORDER_SEPARATOR).sort(), `${where}: items are not the answer's`);
    assert.notEqual(question.choices.join(ORDER_SEPARATOR), question.answer, `${where}: shown already in order`);
  } else {
    assert.ok(!givesAway(question.prompt, question.answer), `${where}: gives away "${question.answer}"`);
  }
  if (question.kind === 'choice' || question.kind === 'service') {
    assert.equal(question.choices.length, 4, `${where}: not 4 choices`);
    assert.ok(question.choices.includes(question.answer), `${where}: answer not among the choices`);
  }
  if (question.kind === 'cloze') assert.equal(question.choices.length, 0);
}

describe('quiz question generation', () => {
  const index = indexOf(QUIZ_NOTES);
  const questions = generateQuestions(index);
  const byPrompt = (fragment: string) => questions.find((q) => q.prompt.includes(fragment));

  it('asks for a value with its unit, hiding it in the fact', () => {
    const question = byPrompt('Largest item size is ____');
    assert.ok(question, 'no question on the item size');
    assert.equal(question.answer, '400 KB');
    assert.equal(question.prompt, 'DynamoDB › Limits › Largest item size is ____');
  });

  it('offers distractors of the same kind for a multiple-choice value', () => {
    const choices = questions.filter((q) => q.kind === 'choice' && /KB|MB/.test(q.answer));
    assert.ok(choices.length > 0, 'no multiple-choice size question');
    for (const question of choices) for (const choice of question.choices) assert.match(choice, /\d\s*(KB|MB)/, `${choice} is not a size`);
  });

  it('asks for the definition of a term, with sibling definitions as distractors', () => {
    const question = byPrompt('PurgeQueue: ____');
    assert.ok(question);
    assert.equal(question.answer, 'deletes every message but keeps the queue');
    assert.equal(question.kind, 'choice');
    assert.deepEqual(
      [...question.choices].sort(),
      ['deletes every message but keeps the queue', 'extends how long a received message stays hidden', 'removes the queue itself', 'sends several messages in one call'],
    );
  });

  it('asks to order a list the notes say is ordered, and a numbered list', () => {
    const hooks = questions.find((q) => q.kind === 'order' && q.service === 'CodeDeploy');
    assert.ok(hooks);
    assert.equal(hooks.answer, ['BeforeInstall', 'AfterInstall', 'ApplicationStart', 'ValidateService'].join(ORDER_SEPARATOR));
    assert.match(hooks.prompt, /^Put in order: CodeDeploy › Lifecycle hooks run in this order$/);
    const steps = questions.find((q) => q.kind === 'order' && q.service === 'Elastic Beanstalk');
    assert.equal(steps?.answer, 'Bundle the application → Upload the bundle → Create the environment');
  });

  it('asks which service a fact belongs to, with every name of the service removed', () => {
    const question = questions.find((q) => q.kind === 'service' && q.prompt.includes('replacement fleet'));
    assert.ok(question);
    assert.equal(question.answer, 'CodeDeploy');
    assert.doesNotMatch(question.prompt, /code\s*deploy/i);
    // Heading as written, alias, and "Amazon" before a name all go.
    const named = generateQuestions(indexOf(`${QUIZ_NOTES}Amazon Dynamo DB\n  • Global tables in Amazon DynamoDB copy each write to every chosen region\n`));
    const global = named.find((q) => q.kind === 'service' && q.prompt.includes('copy each write'));
    assert.equal(global?.prompt, 'Which service? Global tables in ▢ copy each write to every chosen region');
    const immutable = questions.find((q) => q.kind === 'service' && q.prompt.includes('Immutable'));
    assert.equal(immutable?.answer, 'Elastic Beanstalk');
  });

  it('keeps the fact id and the source line of each question', () => {
    const question = byPrompt('Largest item size')!;
    const fact = index.fact(question.id);
    assert.equal(fact?.text, 'Largest item size is 400 KB');
    assert.equal(question.line, 4); // 0-based in the core
    assert.equal(question.file, 'quiz-notes.txt');
  });

  it('skips facts too short or vague to ask about', () => {
    assert.equal(byPrompt('Short'), undefined);
    assert.equal(questions.filter((q) => q.prompt.endsWith('› Limits')).length, 0);
  });

  it('makes one card per fact, all well formed', () => {
    assert.equal(new Set(questions.map((q) => q.id)).size, questions.length);
    questions.forEach(assertWellFormed);
  });

  it('is deterministic: the same notes give the same questions, shuffles included', () => {
    assert.deepEqual(generateQuestions(indexOf(QUIZ_NOTES)), questions);
  });

  it('never gives the answer away even when the context repeats it', () => {
    const notes = 'SQS\n  • Default wait: 20 seconds\n    • Long polling waits up to 20 seconds\n';
    const generated = generateQuestions(indexOf(notes));
    assert.equal(generated.filter((q) => q.answer === '20 seconds' && q.prompt.includes('Long polling')).length, 0);
    generated.forEach(assertWellFormed);
  });

  it('does not offer equal values as different choices (1 minute and 60 seconds, 4KB and 4 KB)', () => {
    const notes = [
      'CloudWatch',
      '  • Detailed monitoring sends metrics every 1 minute',
      '  • Basic monitoring sends metrics every 5 minutes',
      '  • Alarms on high-resolution metrics can evaluate every 60 seconds',
      '  • Dashboards refresh every 10 seconds at most',
      '  • Log retention can be set to 30 days or kept forever',
      '',
    ].join('\n');
    for (const question of generateQuestions(indexOf(notes)).filter((q) => q.kind === 'choice')) {
      const seconds = question.choices.map((c) => (/(\d+) minutes?/.exec(c) ? Number(/(\d+)/.exec(c)![1]) * 60 : /(\d+) seconds/.exec(c) ? Number(/(\d+)/.exec(c)![1]) : c));
      assert.equal(new Set(seconds).size, seconds.length, question.choices.join(' | '));
    }
  });

  it('asks from markdown notes as plain text: no **, backticks or link syntax in prompts and answers', () => {
    const md = '# SQS\n\n- **Visibility timeout** default: `30 seconds`, see [the guide](https://docs.aws.amazon.com/sqs/)\n- _Long polling_ waits at most **20 seconds** for messages to arrive\n';
    const generated = generateQuestions(indexOf(md, 'notes.md'));
    assert.deepEqual(
      generated.map((q) => [q.prompt, q.answer]),
      [
        ['SQS › Visibility timeout default: ____, see the guide', '30 seconds'],
        ['SQS › Long polling waits at most ____ for messages to arrive', '20 seconds'],
      ],
    );
  });

  it('samples every kind when asked for fewer questions than there are', () => {
    const sample = sampleAcrossKinds(questions, 4);
    assert.deepEqual(new Set(sample.map((q) => q.kind)), new Set(['cloze', 'choice', 'order', 'service']));
  });

  it('gives at least 150 distinct, well-formed questions of all four kinds from the seed notes', function () {
    const seed = readSeedNotes();
    if (!seed) this.skip();
    const generated = generateQuestions(indexOf(seed, 'aws-developer-notes.txt'));
    generated.forEach(assertWellFormed);
    const distinct = new Set(generated.map((q) => q.prompt));
    assert.ok(distinct.size >= 150, `${distinct.size} distinct questions`);
    assert.deepEqual(new Set(generated.map((q) => q.kind)), new Set(['cloze', 'choice', 'order', 'service']));
    const hooks = generated.find((q) => q.kind === 'order' && q.service === 'CodeDeploy');
    assert.match(hooks?.answer ?? '', /^ApplicationStop → DownloadBundle → BeforeInstall → Install → AfterInstall → ApplicationStart → ValidateService$/);
  });
});
