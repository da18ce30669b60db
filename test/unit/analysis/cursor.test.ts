import * as assert from 'node:assert/strict';
import { pathAt } from '../../../src/core/analysis/cursor';
import { valueOf } from '../../../src/core/analysis/nodes';
import { withCursor } from './cursorMarker';

function contextOf(fileName: string, marked: string) {
  const { doc, offset } = withCursor(fileName, marked);
  const context = pathAt(doc, offset);
  assert.ok(context, 'expected a cursor context');
  return context;
}

describe('pathAt', () => {
  it('a key being typed alone under `hooks:` belongs in the hooks mapping', () => {
    const context = contextOf('a.yml', 'version: 0.0\nhooks:\n  Bef|\n');
    assert.equal(context.on, 'key');
    assert.deepEqual(context.path, ['hooks']);
    assert.equal(context.key, 'Bef');
    assert.equal(context.word, 'Bef');
  });

  it('an empty line decides its mapping by indentation, with the keys already there', () => {
    const text = 'hooks:\n  BeforeInstall:\n    - location: a.sh\n';
    const underHooks = contextOf('a.yml', `${text}  |\n`);
    assert.deepEqual(underHooks.path, ['hooks']);
    assert.deepEqual(underHooks.siblingKeys, ['BeforeInstall']);
    const inScript = contextOf('a.yml', `${text}      |\n`);
    assert.deepEqual(inScript.path, ['hooks', 'BeforeInstall', 0]);
    assert.deepEqual(inScript.siblingKeys, ['location']);
    const atRoot = contextOf('a.yml', `${text}|\n`);
    assert.deepEqual(atRoot.path, []);
    assert.deepEqual(atRoot.siblingKeys, ['hooks']);
  });

  it('a new list item (`- `) is a key in a new item of the list', () => {
    const context = contextOf('a.yml', 'Hooks:\n  - BeforeInstall: fn\n  - |\n');
    assert.equal(context.on, 'key');
    assert.deepEqual(context.path, ['Hooks', 1]);
    assert.equal(context.inSequenceItem, true);
  });

  it('on an existing key: the key, its pair and the other keys of its mapping', () => {
    const context = contextOf('a.yml', 'os: linux\nhooks:\n  Before|Install:\n    - location: a.sh\n  AfterInstall: []\n');
    assert.equal(context.on, 'key');
    assert.equal(context.key, 'BeforeInstall');
    assert.equal(context.word, 'Before');
    assert.ok(context.pair);
    assert.deepEqual(context.siblingKeys, ['AfterInstall']);
  });

  it('on a value, right after `key: `, and after a tag', () => {
    const value = contextOf('a.yml', 'os: li|n\n');
    assert.deepEqual([value.on, value.path, value.word], ['value', ['os'], 'li']);
    const empty = contextOf('a.yml', 'os: |\nhooks:\n');
    assert.deepEqual([empty.on, empty.path, empty.word], ['value', ['os'], '']);
    const tagged = contextOf('t.yaml', 'A: !GetAtt Fo|o.Arn\n');
    assert.deepEqual([tagged.on, tagged.path], ['value', ['A']]);
    assert.equal(tagged.node?.tag, '!GetAtt');
  });

  it('namespaces with colons are one key', () => {
    const context = contextOf('x.config', 'option_settings:\n  aws:elasticbeanstalk:command:\n    Deploy|\n');
    assert.deepEqual(context.path, ['option_settings', 'aws:elasticbeanstalk:command']);
    assert.equal(context.key, 'Deploy');
  });

  it('JSON: keys being typed, keys of the mapping, values', () => {
    const key = contextOf('a.json', '{"version": 0.0, "hooks": {"BeforeInstall": [], "Af|"}}');
    assert.deepEqual([key.on, key.path, key.key, key.word], ['key', ['hooks'], 'Af', 'Af']);
    assert.deepEqual(key.siblingKeys, ['BeforeInstall']);
    const value = contextOf('a.json', '{"os": "li|"}');
    assert.deepEqual([value.on, value.path, value.word], ['value', ['os'], 'li']);
  });

  it('with a scope, paths are relative to the subtree and positions outside it give nothing', () => {
    const { doc, offset } = withCursor('t.yaml', 'Resources:\n  Role:\n    Properties:\n      PolicyDocument:\n        Statement:\n          - Effect: Al|low\nOther: 1\n');
    const scope = valueOf(valueOf(valueOf(valueOf(doc.root, 'Resources'), 'Role'), 'Properties'), 'PolicyDocument')!;
    assert.deepEqual(pathAt(doc, offset, scope)?.path, ['Statement', 0, 'Effect']);
    assert.equal(pathAt(doc, doc.text.indexOf('Other'), scope), undefined);
  });

  it('never throws on odd input', () => {
    for (const text of ['', '\n\n', '- - -', ': :', '{', '"unterminated', 'a: |\n  block\n  ls']) {
      for (let offset = 0; offset <= text.length; offset++) {
        pathAt(withCursor('a.yml', `${text.slice(0, offset)}|${text.slice(offset)}`).doc, offset);
        pathAt(withCursor('a.json', `${text.slice(0, offset)}|${text.slice(offset)}`).doc, offset);
      }
    }
  });
});
