import * as assert from 'node:assert/strict';
import { NotesIndex } from '../../../src/core/notes/notesIndex';
import { parseNotes } from '../../../src/core/notes/parseNotes';
import { renderFactCardHtml } from '../../../src/vscode/factCard/factCardHtml';
import { parseFactCardMessage } from '../../../src/vscode/factCard/factCardMessages';
import { createNotesMarkdown } from '../../../src/vscode/factCard/markdown';

const resources = { cspSource: 'https://webview.test', styleUris: [], scriptUri: 'https://webview.test/media/factCard.js', nonce: 'n0nce' };

describe('fact card: "Used in this workspace"', () => {
  const index = new NotesIndex();
  index.setFile(parseNotes('/u/notes.txt', 'Elastic Beanstalk\n  • leader_only runs a command on one instance', 'user'));
  const fact = index.facts()[0];
  const html = (uses?: readonly string[]) => renderFactCardHtml(createNotesMarkdown(), { fact, children: [], siblings: [], originLabel: 'Your notes', location: 'notes.txt:2', docsSay: [], uses }, resources);

  it('says it is looking while the scan runs, and when nothing uses the fact', () => {
    assert.match(html(undefined), /Used in this workspace<\/h2>\s*<p class="uses-state">Looking through/);
    assert.match(html([]), /No IaC file of this workspace has a hover showing this fact/);
  });

  it('lists each use as a button the extension opens, its label escaped', () => {
    const page = html(['app/.ebextensions/db.config:4', '<img src=x>.yaml:1']);
    assert.match(page, /<button type="button" class="related use" data-action="openUse" data-use="0">app\/\.ebextensions\/db\.config:4<\/button>/);
    assert.ok(!page.includes('<img src=x>'), 'labels are text');
  });

  it('accepts only well-formed "openUse" messages', () => {
    assert.deepEqual(parseFactCardMessage({ type: 'openUse', factId: 'f', use: 2 }), { type: 'openUse', factId: 'f', use: 2 });
    for (const use of [-1, 1.5, '2', 5000, undefined]) assert.equal(parseFactCardMessage({ type: 'openUse', factId: 'f', use }), undefined);
  });
});
