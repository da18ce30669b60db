import * as vscode from 'vscode';
import type { ReviewLogStorage } from '../../core/quiz/progressStore';

/** Above this the file is not read (a year of daily study is about 2 MB): kept aside instead. */
const MAX_LOG_BYTES = 32 * 1024 * 1024;

/**
 * The quiz review log as a file under the extension's `globalStorageUri` (per machine, not
 * synced), through `vscode.workspace.fs` so it works in VS Code for the Web too.
 */
export class ReviewLogFile implements ReviewLogStorage {
  static readonly FILE_NAME = 'quiz-review-log.json';
  readonly uri: vscode.Uri;

  constructor(private readonly folder: vscode.Uri) {
    this.uri = vscode.Uri.joinPath(folder, ReviewLogFile.FILE_NAME);
  }

  async read(): Promise<string | undefined> {
    let size: number;
    try {
      size = (await vscode.workspace.fs.stat(this.uri)).size;
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
      throw error;
    }
    if (size > MAX_LOG_BYTES) throw new Error(vscode.l10n.t('the file is {0} MB, more than the {1} MB read', Math.round(size / 1048576), MAX_LOG_BYTES / 1048576));
    // Not fatal on bad UTF-8: such a file fails to parse and is kept aside byte for byte.
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(this.uri));
  }

  async write(text: string): Promise<void> {
    await vscode.workspace.fs.createDirectory(this.folder);
    await vscode.workspace.fs.writeFile(this.uri, new TextEncoder().encode(text));
  }

  async keepAside(stamp: string): Promise<string> {
    const aside = vscode.Uri.joinPath(this.folder, `quiz-review-log.unreadable.${stamp}.json`);
    await vscode.workspace.fs.rename(this.uri, aside, { overwrite: false });
    return aside.toString(true);
  }
}
