import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseQuizRequest } from '../../../../src/vscode/quiz/quizMessages';

/** The quiz panel's "Statistics" button: the webview posts `showStatistics`, the host accepts it (quizWebview.ts runs the command). */
describe('quiz panel: the Statistics button', () => {
  it('the panel toolbar posts showStatistics, and the host reads it as a request', () => {
    const script = readFileSync(path.join(__dirname, '../../../../media/quiz.js'), 'utf8');
    assert.match(script, /button\('Statistics', \{ type: 'showStatistics' \}/);
    assert.deepEqual(parseQuizRequest({ type: 'showStatistics' }), { type: 'showStatistics' });
  });
});
