import * as assert from 'node:assert/strict';
import { NotesIndex } from '../../../src/core/notes/notesIndex';
import { parseNotes } from '../../../src/core/notes/parseNotes';
import { dailyCounts } from '../../../src/core/quiz/dailyFlow';
import { generateQuestions } from '../../../src/core/quiz/generateQuestions';
import { filterServices } from '../../../src/core/quiz/nextQuestion';
import type { Question } from '../../../src/core/quiz/question';
import { QuizSession } from '../../../src/core/quiz/quizSession';
import { testHost } from './sessionHost';

/** A bundled pack heavy on AppSync (as the real one is) and a few notes of the user's own. */
const BUNDLED = [
  'AppSync',
  ...['Resolvers connect a field to a data source', 'Pipeline resolvers run functions in sequence', 'Caching keeps resolver results for a TTL', 'Subscriptions push mutations to clients over WebSockets', 'Merged APIs combine several source APIs', 'API keys expire after at most 365 days', 'Conflict detection is for versioned data sources'].map((t) => `  • ${t}`),
  'DynamoDB',
  '  • Largest item size is 400 KB',
  '  • Streams keep change records for 24 hours',
  '  • Global tables replicate a table to several regions with every replica writable',
  'SQS',
  '  • Message retention defaults to 4 days',
  '  • Visibility timeout defaults to 30 seconds',
  '',
].join('\n');
const OWN = ['Kinesis', '  • Each shard takes in 1 MB/s of writes', '  • Enhanced fan-out gives every consumer its own 2 MB/s per shard', 'SQS', '  • Long polling waits at most 20 seconds for a message', ''].join('\n');

function questions(): Question[] {
  const index = new NotesIndex();
  index.setFile(parseNotes('bundled.txt', BUNDLED, 'bundled'));
  index.setFile(parseNotes('mine.txt', OWN, 'user'));
  return generateQuestions(index);
}

/** The cards a learner is served, answering each Good, until one comes back (its learning step) or none is left. */
async function served(session: QuizSession): Promise<Question[]> {
  const seen: Question[] = [];
  for (let question = session.question(); question && !seen.includes(question); question = session.question()) {
    seen.push(question);
    session.reveal();
    await session.grade(3);
  }
  return seen;
}

describe('quiz daily flow: new cards', () => {
  it("serves the user's own notes before the bundled pack", async () => {
    const all = questions();
    const own = all.filter((q) => q.origin === 'user').length;
    assert.ok(own >= 2);
    const first = (await served(new QuizSession(testHost(all)))).slice(0, own);
    assert.deepEqual(first.map((q) => q.origin), Array(own).fill('user'));
  });

  it('interleaves services: no two cards of a service in a row while other services have new cards', async () => {
    const host = testHost(questions());
    const order = (await served(new QuizSession(host))).filter((q) => q.origin === 'bundled');
    const appSync = order.filter((q) => q.service === 'AppSync').length;
    assert.ok(appSync >= 5, `${appSync} AppSync cards`);
    const others = order.length - appSync;
    let repeats = 0;
    for (let i = 1; i < order.length; i++) if (order[i].service === order[i - 1].service) repeats++;
    // AppSync has more cards than the others together: only its surplus may sit side by side.
    assert.ok(repeats <= Math.max(0, appSync - others - 1), order.map((q) => q.service).join(', '));
    assert.notDeepEqual(order.slice(0, 3).map((q) => q.service), ['AppSync', 'AppSync', 'AppSync']);
  });

  it('introduces at most newPerDay new cards a day, and more the next day', async () => {
    const host = testHost(questions());
    host.newPerDay = 3;
    const session = new QuizSession(host);
    assert.equal(dailyCounts(host.questions(), host.progress(), host.now(), host.newCardsLeft()).newToday, 3);
    const today = await served(session);
    assert.equal(today.length, 3, `three new cards, then only their learning steps: ${today.map((q) => q.prompt).join(' | ')}`);
    assert.deepEqual(dailyCounts(host.questions(), host.progress(), host.now(), host.newCardsLeft()), { due: 3, newToday: 0 });
    host.time += 24 * 60 * 60 * 1000;
    assert.deepEqual(dailyCounts(host.questions(), host.progress(), host.now(), host.newCardsLeft()), { due: 3, newToday: 3 });
    const tomorrow = await served(session);
    const introduced = new Set(today.map((q) => q.id));
    assert.deepEqual(tomorrow.slice(0, 3).map((q) => introduced.has(q.id)), [true, true, true], 'the due reviews first');
    assert.equal(tomorrow.slice(3).filter((q) => !introduced.has(q.id)).length, 3, 'then three new cards');
  });

  it('serves due reviews before new cards', async () => {
    const host = testHost(questions());
    const session = new QuizSession(host);
    const first = session.question()!;
    session.reveal();
    await session.grade(1); // Again: due again in a minute
    session.reveal();
    await session.grade(3);
    host.time += 11 * 60_000;
    assert.equal(session.question()?.id, first.id);
  });

  it('serves first the facts an IaC file just opened touches, when the quiz starts from it', async () => {
    const all = questions();
    const kinesis = all.filter((q) => q.service === 'DynamoDB').map((q) => q.id);
    const session = new QuizSession(testHost(all), { filter: { prefer: kinesis }, revealed: false });
    const first = (await served(session)).slice(0, kinesis.length);
    assert.deepEqual(first.map((q) => q.service), kinesis.map(() => 'DynamoDB'));
  });

  it('lists services in the filter, not topics written as headings', () => {
    const index = new NotesIndex();
    index.setFile(parseNotes('mine.txt', `${OWN}Exponential Backoff\n  • Retries wait 100 ms, then 200 ms, then 400 ms before giving up\nData Limitations\n  • A single item is capped at 400 KB in total size\n`, 'user'));
    const generated = generateQuestions(index);
    assert.ok(generated.some((q) => q.service === 'Exponential Backoff'), 'the fixture asks about the topic');
    assert.deepEqual(filterServices(generated), ['Kinesis', 'SQS']);
  });
});
