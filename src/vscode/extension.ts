import * as vscode from 'vscode';

/**
 * Activation stays cheap: features register their providers and commands, and the notes
 * index is built lazily on first use, off the activation path.
 */
export function activate(context: vscode.ExtensionContext): void {
  void context;
}

export function deactivate(): void {}
