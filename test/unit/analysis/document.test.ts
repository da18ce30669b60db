import * as assert from 'node:assert/strict';
import { CFN_SHORT_TAGS, longFormOf } from '../../../src/core/analysis/cfnTags';
import { documentOf, IacDocument, syntaxOf } from '../../../src/core/analysis/document';
import { scalarText, valueOf, type DocNode } from '../../../src/core/analysis/nodes';

describe('IacDocument', () => {
  it('parses every CloudFormation short tag in scalar, sequence and mapping form without errors, keeping the tag', () => {
    for (const tag of CFN_SHORT_TAGS) {
      const text = `A: ${tag} Foo\nB: ${tag} [x, y]\nC: ${tag}\n  k: v\n`;
      const doc = new IacDocument('t.yaml', text);
      assert.deepEqual(doc.syntaxProblems, [], `${tag}: ${JSON.stringify(doc.syntaxProblems)}`);
      const kinds = ['A', 'B', 'C'].map((key) => valueOf(doc.root, key));
      assert.deepEqual(kinds.map((node) => node?.tag), [tag, tag, tag]);
      assert.deepEqual(kinds.map((node) => node?.kind), ['scalar', 'sequence', 'mapping']);
      assert.equal(text.slice(kinds[0]!.tagStart, kinds[0]!.tagStart! + tag.length), tag);
    }
  });

  it('reports an unknown tag as a warning, not an error', () => {
    const doc = new IacDocument('t.yaml', 'A: !NotATag x\n');
    assert.deepEqual(doc.syntaxProblems.map((problem) => problem.warning), [true]);
  });

  it('names the long form of a short tag', () => {
    assert.equal(longFormOf('!GetAtt'), 'Fn::GetAtt');
    assert.equal(longFormOf('!Ref'), 'Ref');
    assert.equal(longFormOf('!Condition'), 'Condition');
    assert.equal(longFormOf('!Nope'), undefined);
  });

  it('gives key and value offsets and parent links', () => {
    const doc = new IacDocument('a.yml', 'hooks:\n  BeforeInstall:\n    - location: run.sh\n');
    const hooks = valueOf(doc.root, 'hooks');
    assert.equal(hooks?.kind, 'mapping');
    const pair = hooks.kind === 'mapping' ? hooks.pairs[0] : undefined;
    assert.equal(pair?.key, 'BeforeInstall');
    assert.equal(doc.text.slice(pair!.keyStart, pair!.keyEnd), 'BeforeInstall');
    const script = (pair!.value.kind === 'sequence' ? pair!.value.items[0] : undefined) as DocNode;
    assert.equal(scalarText(valueOf(script, 'location')), 'run.sh');
    assert.equal(script.parent, pair!.value);
    assert.deepEqual(doc.positionAt(pair!.keyStart), { line: 1, character: 2 });
  });

  it('keeps an empty value as an empty scalar (a half-typed `hooks:`)', () => {
    const doc = new IacDocument('a.yml', 'version: 0.0\nhooks:\n');
    const hooks = valueOf(doc.root, 'hooks');
    assert.equal(hooks?.kind, 'scalar');
    assert.equal(hooks?.kind === 'scalar' ? hooks.value : 'x', null);
  });

  it('parses JSON with comments and trailing commas into the same model', () => {
    const doc = new IacDocument('appspec.json', '{\n  // comment\n  "version": 0.0,\n  "hooks": {"BeforeInstall": [{"location": "a.sh"}],},\n}');
    assert.equal(doc.syntax, 'json');
    assert.deepEqual(doc.syntaxProblems, []);
    const hooks = valueOf(doc.root, 'hooks');
    assert.equal(hooks?.kind === 'mapping' ? hooks.pairs[0].key : undefined, 'BeforeInstall');
  });

  it('reports broken YAML and JSON as syntax problems and never throws', () => {
    const yaml = new IacDocument('a.yml', 'a: [1, 2\nb: : :\n\t- x');
    assert.ok(yaml.syntaxProblems.length > 0);
    const json = new IacDocument('a.json', '{"a": [1, 2,');
    assert.ok(json.syntaxProblems.length > 0);
    assert.ok(json.syntaxProblems[0].message.startsWith('JSON: '));
    assert.equal(new IacDocument('a.yml', '').root, undefined);
  });

  it('tells JSON from YAML by name, then by content', () => {
    assert.equal(syntaxOf('x.json', 'a: b'), 'json');
    assert.equal(syntaxOf('x.yaml', '{}'), 'yaml');
    assert.equal(syntaxOf('.ebextensions/x.config', '  {"a": 1}'), 'json');
    assert.equal(syntaxOf('.ebextensions/x.config', 'a: 1'), 'yaml');
  });

  it('converts between offsets and positions, CRLF line ends included', () => {
    const doc = new IacDocument('a.yml', 'ab\r\ncd\n');
    assert.deepEqual(doc.positionAt(4), { line: 1, character: 0 });
    assert.equal(doc.offsetAt({ line: 1, character: 1 }), 5);
    assert.equal(doc.lineText(0), 'ab');
    assert.equal(doc.offsetAt({ line: 0, character: 99 }), 2);
  });

  it('parses a version once: the cache returns the same document until the text changes', () => {
    const first = documentOf('/w/appspec.yml', 'version: 0.0\n', 1);
    assert.equal(documentOf('/w/appspec.yml', 'version: 0.0\n', 1), first);
    assert.notEqual(documentOf('/w/appspec.yml', 'version: 0.1\n', 2), first);
  });
});
