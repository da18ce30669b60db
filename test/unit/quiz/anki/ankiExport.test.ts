import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ANKI_HEADERS, ankiExportText, examDomainTags } from '../../../../src/core/quiz/anki/ankiExport';
import { DVA_C02 } from '../../../../src/core/quiz/exam/dvaC02.data';
import { domainOf } from '../../../../src/core/quiz/exam/examDomains';
import { generateQuestions } from '../../../../src/core/quiz/generateQuestions';
import type { Question } from '../../../../src/core/quiz/question';
import { QUIZ_NOTES, indexOf } from '../quizNotes';

const GOLDEN = path.join(__dirname, 'quizNotes.anki.txt');

/** The five columns of each note line (headers skipped), split as Anki splits a tab-separated file without quotes. */
function notes(text: string): string[][] {
  return text.split('\n').filter((line) => line !== '' && !line.startsWith('#')).map((line) => line.split('\t'));
}

/** A generated question with every field set as the case needs (and any field the generator adds kept). */
const base: Question = { ...generateQuestions(indexOf(QUIZ_NOTES))[0], id: 'x', kind: 'cloze', prompt: 'S3 › Largest object is ____', answer: '5 TB', choices: [], service: 'Step Functions', breadcrumb: 'S3 › Limits', file: 'notes/aws.txt', line: 4 };

describe('Anki export', () => {
  it('matches the golden file for the quiz notes (UPDATE_GOLDEN=1 rewrites it)', () => {
    const text = ankiExportText(generateQuestions(indexOf(QUIZ_NOTES)), { domainOf: (q) => (q.service === 'SQS' ? { certification: 'DVA-C02', domain: 'Development with AWS Services' } : undefined) });
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, text);
    assert.equal(text, readFileSync(GOLDEN, 'utf8'));
  });

  it('starts with Anki’s file headers, and every note has the five columns they name', () => {
    const text = ankiExportText(generateQuestions(indexOf(QUIZ_NOTES)));
    assert.deepEqual(text.split('\n').slice(0, 5), [...ANKI_HEADERS]);
    assert.deepEqual(ANKI_HEADERS, ['#separator:tab', '#html:true', '#notetype column:1', '#deck column:2', '#tags column:5']);
    for (const note of notes(text)) {
      assert.equal(note.length, 5, note.join(' | '));
      assert.ok(note[0] === 'Basic' || note[0] === 'Cloze');
      assert.match(note[1], /^AWS Notes::/);
    }
  });

  it('writes a cloze as {{c1::answer}} and tags by service and domain without spaces', () => {
    const [note] = notes(ankiExportText([base], { domainOf: () => ({ certification: 'DVA-C02', domain: 'Development with AWS Services' }) }));
    assert.deepEqual(note, ['Cloze', 'AWS Notes::Step Functions', 'S3 › Largest object is {{c1::5 TB}}', '<small>S3 › Limits<br>notes/aws.txt:5</small>', 'Step_Functions DVA-C02::Development_with_AWS_Services']);
  });

  it('a tab, a newline and quotes never break a line or a column', () => {
    const odd: Question = { ...base, kind: 'service', prompt: 'Which service?\tRuns "steps"\nin order', answer: 'Step\tFunctions "SF"', breadcrumb: 'A\r\nB' };
    const text = ankiExportText([odd]);
    assert.equal(text.split('\n').length, ANKI_HEADERS.length + 2, 'one line per note (and the final newline)');
    const [note] = notes(text);
    assert.equal(note.length, 5);
    assert.equal(note[2], 'Which service? Runs &quot;steps&quot;<br>in order');
    assert.match(note[3], /^Step Functions &quot;SF&quot;<br><br><small>A<br>B<br>/);
    assert.doesNotMatch(text, /"/, 'no double quote at all: Anki would read it as CSV quoting');
  });

  it('escapes HTML, and }} or :: inside a cloze answer cannot end the deletion early', () => {
    const [note] = notes(ankiExportText([{ ...base, prompt: 'Template <b>{{x}}</b>: ____', answer: 'a::b }} c}' }]));
    assert.equal(note[2], 'Template &lt;b&gt;&#123;{x&#125;}&lt;/b&gt;: {{c1::a&#58;:b &#125;&#125; c&#125;}}');
    assert.equal((note[2].match(/\{\{/g) ?? []).length, 1, 'one cloze opening');
    assert.equal((note[2].match(/\}\}/g) ?? []).length, 1, 'one cloze closing');
    assert.equal((note[2].match(/::/g) ?? []).length, 1, 'only the c1:: separator');
  });

  it('tags each card with its primary DVA-C02 domain, written without spaces', () => {
    const questions = generateQuestions(indexOf(QUIZ_NOTES));
    const lines = notes(ankiExportText(questions, { domainOf: examDomainTags(DVA_C02) }));
    questions.forEach((question, i) => {
      const domain = domainOf(question, DVA_C02);
      const tags = lines[i][4].split(' ');
      assert.equal(tags.includes(`DVA-C02::${domain?.replace(/ /g, '_')}`), domain !== undefined, `${question.prompt}: ${tags.join(' ')}`);
    });
    assert.ok(lines.some((line) => line[4].includes('DVA-C02::Development_with_AWS_Services')));
  });
});
