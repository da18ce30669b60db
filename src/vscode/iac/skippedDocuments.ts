import * as vscode from 'vscode';

/**
 * Tells the user, once per file and reason, that an IaC-looking file gets no hovers, completions
 * or diagnostics (too large, binary, absurdly nested): a line in the AWS Notes output channel and
 * an information message, so silence is never a mystery, and never repeated on every keystroke.
 */
export class SkippedDocuments {
  private readonly reported = new Set<string>();

  constructor(private readonly log: (line: string) => void) {}

  report(uri: vscode.Uri, reason: string): void {
    const key = `${uri.toString()}\n${reason}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    const message = `AWS Notes does not analyse ${vscode.workspace.asRelativePath(uri)}: ${reason}.`;
    this.log(message);
    void vscode.window.showInformationMessage(message);
  }
}
