import * as assert from 'assert';
import * as vscode from 'vscode';
import { ProgressStore, type ProgressStorage } from '../../../src/core/quiz/progressStore';
import { parseReviewLog } from '../../../src/core/quiz/reviewLog';
import { ReviewLogFile } from '../../../src/vscode/quiz/reviewLogFile';
import { sampleUri } from './helpers';

/** The review log as a file through vscode.workspace.fs (the web host's file system here): written, read back, an unreadable one moved aside. */
describe('quiz: the review log file', () => {
  const folder = sampleUri('zz-review-log');
  const values = new Map<string, unknown>();
  const schedule: ProgressStorage = { get: (key) => values.get(key), update: async (key, value) => void values.set(key, value) };
  after(async () => {
    await Promise.resolve(vscode.workspace.fs.delete(folder, { recursive: true })).catch(() => undefined);
  });

  it('is created on the first answer, read back by another window, and an unreadable one is kept aside as it was', async () => {
    const file = new ReviewLogFile(folder);
    assert.strictEqual(await file.read(), undefined, 'no file yet: an empty log');
    const reports: string[] = [];
    await new ProgressStore(schedule, file, (message) => reports.push(message)).answer('card-a', 3);
    const reopened = new ProgressStore(schedule, new ReviewLogFile(folder), (message) => reports.push(message));
    await reopened.load();
    assert.deepStrictEqual(reopened.log.map((entry) => [entry.card, entry.grade]), [['card-a', 3]]);

    const junk = new Uint8Array([0x7b, 0xff, 0xfe, 0x00, 0x22]);
    await vscode.workspace.fs.writeFile(file.uri, junk);
    const store = new ProgressStore(schedule, file, (message) => reports.push(message));
    await store.answer('card-b', 4);
    assert.strictEqual(reports.length, 1, reports.join('\n'));
    const asides = (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name).filter((name) => name.startsWith('quiz-review-log.unreadable.'));
    assert.strictEqual(asides.length, 1);
    assert.ok(reports[0].includes(asides[0]), reports[0]);
    assert.deepStrictEqual([...(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, asides[0])))], [...junk], 'kept byte for byte');
    assert.deepStrictEqual(parseReviewLog(await file.read()).entries.map((entry) => entry.card), ['card-b'], 'a fresh log from then on');
  });
});
