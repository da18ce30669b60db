import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { escapeMarkdown, notesPartOf, renderNotes } from '../../../src/core/analysis/renderHover';
import { CLAIMS } from '../../../src/core/claims/catalog';
import type { QuantityClaim } from '../../../src/core/claims/claim';
import { defaultChecker } from '../../../src/core/claims/defaultChecker';
import { configureNotesCheck } from '../../../src/core/claims/factFindings';
import type { SkippedQuestion } from '../../../src/core/claims/quizCheck';
import type { NotesOrigin } from '../../../src/core/notes/model';
import { NotesIndex } from '../../../src/core/notes/notesIndex';
import { parseNotes } from '../../../src/core/notes/parseNotes';
import { generateQuestions } from '../../../src/core/quiz/generateQuestions';
import { createNotesMarkdown } from '../../../src/vscode/factCard/markdown';
import { quizNoteHtml } from '../../../src/vscode/quiz/quizNoteHtml';
import { cli } from '../fixtures/cli';

function indexOf(text: string, origin: NotesOrigin = 'user'): NotesIndex {
  const index = new NotesIndex();
  index.setFile(parseNotes(origin === 'user' ? 'mine.txt' : 'pack.txt', text, origin));
  return index;
}

const SORT_KEY = ['DynamoDB', '  • Query', '    • For sort key, use: FilterExpression'].join('\n');
const MESSAGE_SIZE = ['SQS', '  • Max message size: 256 KB'].join('\n');
const JAVA_ONLY = ['SQS', '  • Extended Client Library: only for Java, stores the body in S3'].join('\n');

describe('notes check: flagged notes wherever they are shown', () => {
  beforeEach(() => configureNotesCheck({ enable: true, checker: defaultChecker() }));
  afterEach(() => configureNotesCheck({ enable: true }));

  it('a hover\'s "Your notes" entry carries ⚠ and the documented statement; bundled notes never do', () => {
    const claim = CLAIMS.find((candidate) => candidate.id === 'dynamodb-query-sort-key')!;
    const mine = indexOf(SORT_KEY).facts().filter((fact) => fact.text.startsWith('For sort key'));
    assert.ok(renderNotes(notesPartOf(mine), () => 'x').includes(escapeMarkdown(`⚠ AWS docs: ${claim.documented.replace(/\.$/, '')}`)));
    const bundled = indexOf(SORT_KEY, 'bundled').facts();
    assert.doesNotMatch(renderNotes(notesPartOf(bundled), () => 'x'), /⚠/);
  });

  it('the check\'s settings apply: off, or the claim ignored, and nothing is marked', () => {
    const mine = indexOf(SORT_KEY).facts();
    configureNotesCheck({ enable: false, checker: defaultChecker() });
    assert.doesNotMatch(renderNotes(notesPartOf(mine), () => 'x'), /⚠/);
    configureNotesCheck({ enable: true, checker: defaultChecker(), ignoreClaims: ['dynamodb-query-sort-key'] });
    assert.doesNotMatch(renderNotes(notesPartOf(mine), () => 'x'), /⚠/);
    configureNotesCheck({ enable: true });
    assert.doesNotMatch(renderNotes(notesPartOf(mine), () => 'x'), /⚠/);
  });

  it('the quiz asks a contradicted value from the claim\'s value', () => {
    const claim = CLAIMS.find((candidate) => candidate.id === 'sqs-message-size-max') as QuantityClaim;
    const [question] = generateQuestions(indexOf(MESSAGE_SIZE));
    assert.equal(question?.answer, claim.value);
    assert.doesNotMatch(question.prompt, /256/);
    assert.ok(!question.choices.some((choice) => /256/.test(choice)));
  });

  it('the quiz asks a scoped figure from its scope (a swapped read figure is asked as the read figure)', () => {
    const swapped = ['Kinesis', '  • Shards', '    • Read = 1 MB/s per shard', '    • Write = 2 MB/s per shard', '    • Enhanced fan-out: 2 MB/s per consumer', '    • Record: 1 MB max'].join('\n');
    const questions = generateQuestions(indexOf(swapped));
    const read = questions.find((question) => question.prompt.includes('Read ='));
    const write = questions.find((question) => question.prompt.includes('Write ='));
    assert.equal(read?.answer, '2 MB/s');
    assert.equal(write?.answer, '1 MB/s');
  });

  it('the quiz asks a wrong term\'s card with the right term', () => {
    const question = generateQuestions(indexOf(SORT_KEY)).find((candidate) => candidate.prompt.includes('sort key'));
    assert.equal(question?.answer, 'KeyConditionExpression');
  });

  it('the quiz skips a card the docs deny with nothing to ask instead, and says why', async () => {
    const skipped: SkippedQuestion[] = [];
    const questions = generateQuestions(indexOf(JAVA_ONLY), skipped);
    assert.deepEqual(questions, []);
    assert.deepEqual(skipped.map((skip) => skip.claim), ['sqs-extended-client-languages']);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'aws-notes-quizcheck-')), 'mine.txt');
    fs.writeFileSync(file, JAVA_ONLY);
    assert.match((await cli('quiz', '--notes', file)).out, /skipped 1 card\(s\) .*\(sqs-extended-client-languages ×1\)/);
  });

  it('the answered quiz card shows what the AWS docs say under the note', () => {
    const [flaggedFact] = indexOf(MESSAGE_SIZE).facts();
    assert.match(quizNoteHtml(createNotesMarkdown(), flaggedFact!), /<aside class="notes-check"[^>]*><p><span aria-hidden="true">⚠<\/span> AWS docs say: [^<]*1 MiB[^<]*\(changed 2025-08-04\) <a href="https:\/\/docs\.aws\.amazon\.com\//);
    const [rightFact] = indexOf(['SQS', '  • Max message size: 1 MiB'].join('\n')).facts();
    assert.doesNotMatch(quizNoteHtml(createNotesMarkdown(), rightFact!), /notes-check/);
  });

  it('leaves the questions of unflagged notes as they were', () => {
    const notes = ['SQS', '  • Max message size: 1 MiB'].join('\n');
    const [question] = generateQuestions(indexOf(notes));
    assert.equal(question?.answer, '1 MiB');
  });
});
