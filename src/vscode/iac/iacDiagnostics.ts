import * as vscode from 'vscode';
import { lintAnalysis } from '../../core/analysis/analyze';
import { familyOfName } from '../../core/analysis/detectFamily';
import type { AnalysisDiagnostic, LintContext, Severity } from '../../core/analysis/types';
import { analysisOfDocument, toRange } from './iacDocuments';
import { affectsFamilySettings, ignoredRules } from './iacSettings';

const DEBOUNCE_MS = 300;

const SEVERITIES: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/**
 * Diagnostics of open IaC documents: computed on open, on change (debounced), re-computed when a
 * family setting changes, cleared when the file's last tab closes (or the document closes). A lint
 * of an older version never overwrites a newer one.
 */
export class IacDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('aws-notes');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.subscriptions = [
      this.collection,
      vscode.workspace.onDidOpenTextDocument((document) => this.schedule(document, 0)),
      vscode.workspace.onDidChangeTextDocument((event) => this.schedule(event.document, DEBOUNCE_MS)),
      vscode.workspace.onDidCloseTextDocument((document) => this.clear(document.uri)),
      // VS Code keeps a closed editor's document alive for a while: follow the tabs, so the
      // problems of a file go when its last tab closes, and come back when it is shown again.
      vscode.window.tabGroups.onDidChangeTabs((event) => {
        for (const tab of event.closed) {
          const uri = tabUri(tab);
          if (uri && !isShownInTab(uri)) this.clear(uri);
        }
        for (const tab of event.opened) {
          const uri = tabUri(tab)?.toString();
          const document = uri && vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri);
          if (document) this.schedule(document, 0);
        }
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affectsFamilySettings(event)) for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
      }),
      // An appspec's `location` scripts are checked on disk: creating, deleting or renaming a file
      // (in the explorer, or by an edit) re-checks the open appspecs, not only typing in them.
      vscode.workspace.onDidCreateFiles(() => this.relintAppSpecs()),
      vscode.workspace.onDidDeleteFiles(() => this.relintAppSpecs()),
      vscode.workspace.onDidRenameFiles(() => this.relintAppSpecs()),
    ];
    for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private relintAppSpecs(): void {
    for (const document of vscode.workspace.textDocuments) {
      if (familyOfName(document.uri.path) === 'appspec') this.schedule(document, DEBOUNCE_MS);
    }
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.lint(document);
      }, delay),
    );
  }

  private async lint(document: vscode.TextDocument): Promise<void> {
    if (document.isClosed) return;
    const analysis = analysisOfDocument(document);
    if (!analysis) {
      this.collection.delete(document.uri);
      return;
    }
    const version = document.version;
    // A newer edit (or closing the file) makes this lint pointless: it stops between its passes.
    const isCancelled = () => document.isClosed || document.version !== version;
    const found = await lintAnalysis(analysis, { ...lintContext(document.uri), isCancelled, ignore: ignoredRules(document.uri) });
    if (document.isClosed || document.version !== version) return;
    this.collection.set(document.uri, found.map(toDiagnostic));
  }

  private clear(uri: vscode.Uri): void {
    clearTimeout(this.timers.get(uri.toString()));
    this.timers.delete(uri.toString());
    this.collection.delete(uri);
  }
}

function tabUri(tab: vscode.Tab): vscode.Uri | undefined {
  return tab.input instanceof vscode.TabInputText ? tab.input.uri : undefined;
}

function isShownInTab(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tabUri(tab)?.toString() === key));
}

/** Files relative to the document's folder, through `workspace.fs` (works on the web too). */
function lintContext(uri: vscode.Uri): LintContext {
  if (uri.scheme === 'untitled') return {};
  const folder = vscode.Uri.joinPath(uri, '..');
  return {
    fileExists: async (relativePath) => {
      try {
        await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, ...relativePath.split(/[\\/]+/)));
        return true;
      } catch {
        return false;
      }
    },
  };
}

function toDiagnostic(found: AnalysisDiagnostic): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(found.range), found.message, SEVERITIES[found.severity]);
  diagnostic.code = found.code;
  diagnostic.source = 'aws-notes';
  return diagnostic;
}
