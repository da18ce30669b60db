import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { getL10nJson } from '@vscode/l10n-dev';
import { hardCodedTexts, labelCalls, labelTable, placeholderCount } from './webviewScriptText';

const root = path.join(__dirname, '../../..');
const QUIZ_SCRIPT = 'media/quiz.js';
const LABEL_TABLE = 'src/vscode/quiz/quizLabels.ts';
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

/** The quiz webviews draw no English of their own: every label comes from the localized table. */
describe('quiz webviews: labels from the localized table (media/quiz.js ↔ quizLabels.ts)', () => {
  const script = read(QUIZ_SCRIPT);
  const table = labelTable(LABEL_TABLE, read(LABEL_TABLE));

  it('the scan finds hard-coded text in each place a script draws it', () => {
    const sample = [
      "el('p', {}, ['Missed facts']);",
      "button(`Open in notes (${source})`, {});",
      "el('div', { 'aria-label': 'Answer' });",
      "el('p', {}, [ok ? '✓ Right.' : label('notQuite')]);",
      'node.textContent = `${n} left`;',
      "node.setAttribute('title', 'Time left');",
      "list.append('Nothing missed.');",
    ].join('\n');
    assert.deepEqual(
      hardCodedTexts('sample.js', sample).map(({ text }) => text),
      ['Missed facts', 'Open in notes (', 'Answer', '✓ Right.', ' left', 'Time left', 'Nothing missed.'],
    );
    assert.deepEqual(hardCodedTexts('sample.js', "el('p', { class: 'hint' }, [label('orderHint'), ' · ', `${letter}. ${choice}`]);"), []);
  });

  it('media/quiz.js hard-codes no visible text or aria-label', () => {
    const found = hardCodedTexts(QUIZ_SCRIPT, script).map(({ line, text }) => `${QUIZ_SCRIPT}:${line} "${text}"`);
    assert.deepEqual(found, [], 'put these in src/vscode/quiz/quizLabels.ts and draw them with label()/labelParts()');
  });

  it('every label the script asks for is in the table, with as many values as its placeholders, and the table has no unused entry', () => {
    const calls = labelCalls(QUIZ_SCRIPT, script);
    assert.ok(calls.length > 40, `only ${calls.length} label calls found: is the scan still reading the script?`);
    const notLiteral = calls.filter((call) => call.key === undefined).map((call) => `${QUIZ_SCRIPT}:${call.line}`);
    assert.deepEqual(notLiteral, [], 'label keys must be literal strings, so this test can check them');
    for (const { key, line, values } of calls) {
      const message = table.messages.get(key!);
      assert.ok(message !== undefined, `${QUIZ_SCRIPT}:${line} asks for "${key}", which ${LABEL_TABLE} lacks`);
      assert.equal(values, placeholderCount(message), `${QUIZ_SCRIPT}:${line}: "${message}" takes ${placeholderCount(message)} value(s)`);
    }
    const used = new Set(calls.map((call) => call.key));
    assert.deepEqual([...table.messages.keys()].filter((key) => !used.has(key)), [], 'entries no script draws');
  });

  it('each entry of the table is one literal vscode.l10n.t call, and @vscode/l10n-dev export finds every message', async () => {
    assert.deepEqual(table.notLiteral, []);
    assert.ok(table.messages.size > 40, `${table.messages.size} entries`);
    const exported = await getL10nJson([{ contents: read(LABEL_TABLE), extension: '.ts' }]);
    const missing = [...table.messages.values()].filter((message) => !(message in exported));
    assert.deepEqual(missing, []);
  });
});
