import * as assert from 'node:assert/strict';
import { hasGlob, hasUriScheme, isAbsolutePath, isNotesPath, pathSegments, splitAtGlob } from '../../../src/vscode/notes/notesPaths';

describe('notes paths (awsNotes.notesFiles entries)', () => {
  it('tells absolute paths, URIs and workspace-relative paths apart', () => {
    for (const path of ['/home/me/aws.txt', 'C:\\notes\\aws.txt', 'c:/notes/aws.md', '\\\\server\\share\\aws.txt']) {
      assert.ok(isAbsolutePath(path), path);
      assert.ok(!hasUriScheme(path), `${path} has no scheme`);
    }
    for (const uri of ['file:///home/me/aws.txt', 'vscode-test-web://mount/notes/aws.md', 'vscode-vfs://github/me/notes/aws.md']) {
      assert.ok(hasUriScheme(uri), uri);
      assert.ok(!isAbsolutePath(uri), uri);
    }
    for (const relative of ['notes/aws.txt', './notes/aws.txt', 'aws.md', 'notes/**/*.md']) {
      assert.ok(!isAbsolutePath(relative) && !hasUriScheme(relative), relative);
    }
  });

  it('reads .txt, .md and .markdown files only', () => {
    assert.ok(isNotesPath('/n/aws.TXT') && isNotesPath('a.md') && isNotesPath('a.markdown'));
    assert.ok(!isNotesPath('a.pdf') && !isNotesPath('notes') && !isNotesPath('a.md.bak'));
  });

  it('splits paths on either separator, without empty or "." segments', () => {
    assert.deepEqual(pathSegments('./notes\\aws//dev.txt'), ['notes', 'aws', 'dev.txt']);
  });

  it('cuts a glob after its last glob-free folder, and a plain path before its file name', () => {
    assert.deepEqual(splitAtGlob(pathSegments('notes/**/*.md')), { dir: ['notes'], rest: ['**', '*.md'] });
    assert.deepEqual(splitAtGlob(pathSegments('*.txt')), { dir: [], rest: ['*.txt'] });
    assert.deepEqual(splitAtGlob(pathSegments('a/b/{x,y}.md')), { dir: ['a', 'b'], rest: ['{x,y}.md'] });
    assert.deepEqual(splitAtGlob(pathSegments('notes/aws.txt')), { dir: ['notes'], rest: ['aws.txt'] });
    assert.ok(hasGlob('notes/[ab].md') && hasGlob('a?.md') && !hasGlob('notes/aws.txt'));
  });
});
