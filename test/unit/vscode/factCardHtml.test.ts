import * as assert from 'node:assert/strict';
import { NotesIndex } from '../../../src/core/notes/notesIndex';
import { parseNotes } from '../../../src/core/notes/parseNotes';
import { codeToShow, ENGLISH_LABELS, renderFactCardHtml, type CardLabels, type FactCardModel } from '../../../src/vscode/factCard/factCardHtml';
import { parseFactCardMessage } from '../../../src/vscode/factCard/factCardMessages';
import { createNotesMarkdown } from '../../../src/vscode/factCard/markdown';

// The fact card's HTML is built without VS Code (the panel only adds webview URIs), so what a
// hostile note can and cannot put on the page is checked here, fast, as well as in the workbench.
const NOTES = [
  'SQS',
  '  • Hostile <script>alert(1)</script> <img src=x onerror=alert(2)> [js](javascript:alert(3)) [term](command:workbench.action.terminal.new) [docs](https://docs.aws.amazon.com/sqs/) [find](command:awsNotes.lookUpFact)',
  '  • Visibility timeout: 30 seconds by default',
  '  • Deny plain HTTP',
  '"Condition": { "Bool": { "aws:SecureTransport": "</code><script>x()</script>" } }',
  '',
].join('\n');

const resources = { cspSource: 'https://webview.test', styleUris: ['https://webview.test/media/factCard.css'], scriptUri: 'https://webview.test/media/factCard.js', nonce: 'n0nce' };

function card(predicate: (text: string) => boolean, docsSay: FactCardModel['docsSay'] = [], labels: CardLabels = ENGLISH_LABELS): string {
  const index = new NotesIndex();
  index.setFile(parseNotes('/u/notes.txt', NOTES, 'user'));
  const fact = index.facts().find((candidate) => predicate(candidate.text))!;
  const model: FactCardModel = {
    fact,
    parent: index.parent(fact),
    children: index.children(fact),
    siblings: index.siblings(fact),
    originLabel: 'Your notes',
    location: 'notes.txt:2',
    docsSay,
  };
  return renderFactCardHtml(createNotesMarkdown(), model, resources, labels);
}

/** The page without its head and our own script tag: only what the notes produced. */
function body(html: string): string {
  return html.slice(html.indexOf('<main>'), html.indexOf('</main>'));
}

describe('fact card HTML', () => {
  it('takes every word of its own from the labels the host translates', () => {
    const labels: CardLabels = { ...ENGLISH_LABELS, title: 'Karte', noDefinition: '(keine Definition)', docsSay: { region: 'Notizprüfung', link: 'AWS-Dokumentation' } };
    const html = card((text) => text.startsWith('Visibility'), [{ text: 'x', url: 'https://docs.aws.amazon.com/sqs/page.html' }], labels);
    assert.match(html, /<title>Karte<\/title>/);
    assert.match(html, /aria-label="Notizprüfung"/);
    assert.match(html, />AWS-Dokumentation<\/a>/);
    assert.doesNotMatch(html, /AWS documentation|Notes check|Fact card/);
  });

  it('shows what the AWS docs say under a flagged note, escaped, with the page', () => {
    const html = body(card((text) => text.startsWith('Visibility'), [{ text: 'AWS docs say: <b>12 hours</b> at most', url: 'https://docs.aws.amazon.com/sqs/page.html' }]));
    assert.match(html, /<dd>30 seconds by default<\/dd><\/dl>\s*<aside class="notes-check"[^>]*><p><span aria-hidden="true">⚠<\/span> AWS docs say: &lt;b&gt;12 hours&lt;\/b&gt; at most <a href="https:\/\/docs\.aws\.amazon\.com\/sqs\/page\.html">AWS documentation<\/a>/);
    assert.doesNotMatch(body(card((text) => text.startsWith('Visibility'))), /notes-check/);
  });

  it('escapes HTML in notes and keeps only http(s) and awsNotes command links', () => {
    const html = body(card((text) => text.startsWith('Hostile')));
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('&lt;img src=x onerror=alert(2)&gt;'));
    assert.doesNotMatch(html, /<script|<img/i);
    assert.doesNotMatch(html, /href="(javascript|command:workbench)/i);
    assert.ok(html.includes('<a href="https://docs.aws.amazon.com/sqs/">docs</a>'));
    assert.ok(html.includes('<a href="command:awsNotes.lookUpFact">find</a>'));
  });

  it('escapes code blocks and sibling texts', () => {
    const code = body(card((text) => text === 'Deny plain HTTP'));
    assert.ok(code.includes('<pre class="code"><code>&quot;Condition&quot;'));
    assert.ok(code.includes('&lt;/code&gt;&lt;script&gt;x()&lt;/script&gt;'));
    assert.ok(code.includes('Hostile &lt;script&gt;'), 'sibling shown, escaped');
    assert.doesNotMatch(code, /<script/);
  });

  it('shows term and definition, breadcrumb, origin, and buttons that name facts by id', () => {
    const html = card((text) => text.startsWith('Visibility timeout'));
    assert.match(html, /<dt>Visibility timeout<\/dt><dd>30 seconds by default<\/dd>/);
    assert.match(html, /<nav class="breadcrumb"[^>]*>SQS<\/nav>/);
    assert.match(html, /data-action="openNote" data-fact-id="[^"]+"/);
    assert.equal((html.match(/data-action="showFact"/g) ?? []).length, 2, 'its two siblings');
  });

  it('allows only our stylesheet and our nonce\'d script', () => {
    const html = card((text) => text.startsWith('Visibility timeout'));
    assert.ok(html.includes(`content="default-src 'none'; style-src https://webview.test; script-src 'nonce-n0nce'"`));
    assert.ok(html.includes('<script nonce="n0nce" src="https://webview.test/media/factCard.js"></script>'));
    assert.doesNotMatch(html, /<[^>]*\son[a-z]+=/i, 'no inline event handlers in any tag');
  });

  it('shows markdown code without its fences and list indentation, outline code as written', () => {
    assert.equal(codeToShow('  ```json\n  { "a": 1 }\n    "b"\n  ```'), '{ "a": 1 }\n  "b"');
    assert.equal(codeToShow('"Condition": {\n  "Bool": {}\n}'), '"Condition": {\n  "Bool": {}\n}');
    assert.equal(codeToShow('```\n```'), '');
  });

  it('says so when the fact is gone', () => {
    assert.match(renderFactCardHtml(createNotesMarkdown(), undefined, resources), /no longer in your notes/);
  });
});

describe('fact card messages', () => {
  it('accepts the known messages and nothing else', () => {
    assert.deepEqual(parseFactCardMessage({ type: 'openNote', factId: 'a' }), { type: 'openNote', factId: 'a' });
    assert.deepEqual(parseFactCardMessage({ type: 'showFact', factId: 'b', extra: 1 }), { type: 'showFact', factId: 'b' });
    for (const junk of [null, 'openNote', { type: 'run', factId: 'a' }, { type: 'openNote' }, { type: 'openNote', factId: 7 }, { type: 'showFact', factId: '' }]) {
      assert.equal(parseFactCardMessage(junk), undefined, JSON.stringify(junk));
    }
  });
});
