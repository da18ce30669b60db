import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateQuestions } from '../../../src/core/quiz/generateQuestions';
import { applyAnswer, reviewEntry } from '../../../src/core/quiz/applyAnswer';
import { emptyProgress } from '../../../src/core/quiz/progress';
import { progressExportText } from '../../../src/core/quiz/progressExport';
import type { ReviewEntry } from '../../../src/core/quiz/reviewLog';
import { quizStatistics, type QuizStatistics } from '../../../src/core/quiz/statistics';
import { cli } from '../fixtures/cli';
import { QUIZ_NOTES, indexOf } from './quizNotes';

describe('CLI quiz --stats and export anki', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'aws-notes-stats-'));
  const notes = path.join(folder, 'mine.txt');
  fs.writeFileSync(notes, QUIZ_NOTES);
  // The CLI names the notes by the path given: the same ids as an index of that file.
  const questions = generateQuestions(indexOf(QUIZ_NOTES, notes));

  /** An export as the command writes it: three answers today. */
  function exported(): string {
    let progress = emptyProgress();
    const log: ReviewEntry[] = [];
    const now = Date.now();
    [3, 1, 4].forEach((grade, i) => {
      const at = new Date(now - (3 - i) * 60_000);
      progress = applyAnswer(progress, questions[i].id, grade as 1 | 3 | 4, at);
      log.push(reviewEntry(progress, questions[i].id, grade as 1 | 3 | 4, at));
    });
    return progressExportText(progress, log, quizStatistics(questions, progress, log, new Date(now)), new Date(now));
  }

  it('without --progress: a fresh start, every card new', async () => {
    const { code, out } = await cli('quiz', '--stats', '--notes', notes, '--json');
    assert.equal(code, 0);
    const statistics = JSON.parse(out) as QuizStatistics;
    assert.deepEqual(statistics.cards, { total: questions.length, seen: 0, new: questions.length });
    assert.equal(statistics.retention.overall.reviews, 0);
    assert.equal(statistics.certification, 'DVA-C02');
    assert.deepEqual(statistics.domains.map((row) => row.domain), ['Development with AWS Services', 'Security', 'Deployment', 'Troubleshooting and Optimization']);
    assert.ok(statistics.domains.every((row) => row.seen === 0));
    const text = await cli('quiz', '--stats', '--notes', notes);
    assert.match(text.out, /^exam domains \(DVA-C02\):$/m);
    assert.match(text.out, /^ {2}Development with AWS Services \(32 %\): \d+ card\(s\), 0 seen, retention no reviews$/m);
  });

  it('with an exported progress file: the same numbers as the Statistics view', async () => {
    const file = path.join(folder, 'progress.json');
    fs.writeFileSync(file, exported());
    const { code, out } = await cli('quiz', '--stats', '--notes', notes, '--progress', file, '--json');
    assert.equal(code, 0);
    const statistics = JSON.parse(out) as QuizStatistics;
    const inFile = (JSON.parse(fs.readFileSync(file, 'utf8')) as { statistics: QuizStatistics }).statistics;
    assert.deepEqual(statistics.cards, inFile.cards);
    assert.deepEqual(statistics.states, inFile.states);
    assert.deepEqual(statistics.retention, inFile.retention);
    assert.deepEqual(statistics.retention.overall, { reviews: 3, recalled: 2, rate: 2 / 3 });
    assert.equal(statistics.reviewsPerDay.at(-1)!.count, 3);
    const text = await cli('quiz', '--stats', '--notes', notes, '--progress', file);
    assert.match(text.out, new RegExp(`^cards: ${questions.length} \\(3 seen, ${questions.length - 3} new\\)$`, 'm'));
    assert.match(text.out, /^retention \(not Again\): 67 % of 3 review\(s\)$/m);
  });

  it('a broken or foreign progress file is a clear message, not a crash', async () => {
    for (const [name, content, message] of [
      ['broken.json', '{"format":', /not valid JSON/],
      ['foreign.json', '{"version":3}', /not an AWS Notes quiz progress export/],
    ] as const) {
      const file = path.join(folder, name);
      fs.writeFileSync(file, content);
      const { code, err } = await cli('quiz', '--stats', '--notes', notes, '--progress', file);
      assert.equal(code, 2);
      assert.match(err, message);
    }
    const missing = await cli('quiz', '--stats', '--progress', path.join(folder, 'nope.json'));
    assert.match(missing.err, /cannot read it \(ENOENT\)/);
  });

  it('export anki --out FILE writes the Anki text file; --out is required', async () => {
    const out = path.join(folder, 'deck.txt');
    const { code } = await cli('export', 'anki', '--notes', notes, '--out', out);
    assert.equal(code, 0);
    const text = fs.readFileSync(out, 'utf8');
    assert.ok(text.startsWith('#separator:tab\n#html:true\n'));
    assert.equal(text.trimEnd().split('\n').length, 5 + questions.length);
    assert.equal((await cli('export', 'anki', '--notes', notes)).code, 2);
    assert.equal((await cli('export', 'csv', '--out', out)).code, 2);
  });
});
