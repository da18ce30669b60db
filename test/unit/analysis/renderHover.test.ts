import * as assert from 'node:assert/strict';
import { escapeMarkdown, noteLabel, renderCompletionDocumentation, renderHover, type NotesPart } from '../../../src/core/analysis/renderHover';
import type { Fact } from '../../../src/core/notes/model';

function fact(text: string, origin: Fact['origin'], file = '/n/my notes.txt', line = 4): Fact {
  return { id: text, service: 'CodeDeploy', heading: 'CodeDeploy', path: ['Hooks'], breadcrumb: 'CodeDeploy › Hooks', text, marker: '•', numbered: false, depth: 1, childIds: [], file, line, endLine: line, origin };
}

const link = (f: Fact) => `${f.file}:${f.line + 1}`;
const part = (...facts: Fact[]): NotesPart => ({ entries: facts.map((f) => ({ fact: f })) });

describe('renderHover', () => {
  it('reference, documentation link, then "Your notes" before "Bundled notes", each fact linked to its line', () => {
    const markdown = renderHover({ reference: '**BeforeInstall**', docsUrl: 'https://docs.aws.amazon.com/x.html' }, part(fact('bundled fact', 'bundled', '/ext/pack.txt', 9), fact('my fact', 'user')), link);
    const order = ['**BeforeInstall**', '[AWS documentation](https://docs.aws.amazon.com/x.html)', '**Your notes**', 'my fact', '**Bundled notes**', 'bundled fact'].map((part) => markdown.indexOf(part));
    assert.ok(order.every((index, i) => index >= 0 && (i === 0 || index > order[i - 1])), markdown);
    assert.ok(markdown.includes('[my notes\\.txt\\:5](</n/my notes.txt:5>)'), markdown);
    assert.ok(markdown.includes('(/ext/pack.txt:10)'), markdown);
  });

  it('has no notes part when nothing matches', () => {
    const markdown = renderHover({ reference: 'ref', docsUrl: 'https://d' }, part(), link);
    assert.equal(markdown, 'ref\n\n[AWS documentation](https://d)');
  });

  it('escapes notes: no HTML, links, emphasis or code can come from a note', () => {
    const hostile = '<img src=x onerror=alert(1)> [click](command:evil) **bold** `code` # heading\nline two';
    const escaped = escapeMarkdown(hostile);
    assert.ok(!/(^|[^\\])[<\[`*#]/.test(escaped), escaped);
    assert.ok(!escaped.includes('\n'));
    const markdown = renderHover({ reference: 'r', docsUrl: 'https://d' }, part(fact(hostile, 'user')), link);
    assert.ok(!markdown.includes('](command:evil)'));
    assert.ok(!/(^|[^\\])<img/.test(markdown), markdown);
  });

  it('labels a note by file name and 1-based line, URIs included', () => {
    assert.equal(noteLabel(fact('x', 'user', 'vscode-test-web://mount/notes/iac%20notes.txt', 0)), 'iac notes.txt:1');
  });

  it('completion documentation carries the notes like a hover', () => {
    const documentation = renderCompletionDocumentation({ label: 'BeforeInstall', kind: 'event', documentation: 'doc', docsUrl: 'https://d' }, part(fact('my fact', 'user')), link);
    assert.ok(documentation?.startsWith('doc\n\n[AWS documentation](https://d)'));
    assert.ok(documentation?.includes('**Your notes**'));
    assert.equal(renderCompletionDocumentation({ label: 'x', kind: 'value' }, part(), link), undefined);
  });
});
