import * as vscode from 'vscode';
import type { QuizStatistics } from '../../../core/quiz/statistics';
import { createNonce } from '../../webview/webviewPage';
import type { QuizService } from '../quizService';
import { statisticsHtml } from './statisticsHtml';

export const STATISTICS_VIEW_TYPE = 'awsNotes.quizStatistics';

/**
 * The quiz's Statistics view: one panel, reused, redrawn when the progress or the notes change.
 * Static HTML (no script), so it needs no state to survive a reload: it is simply reopened.
 */
export class StatisticsPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private readonly subscription: vscode.Disposable;
  /** The numbers drawn last (for the workbench tests). */
  shown: QuizStatistics | undefined;
  /** Something changed while the view was hidden. */
  private stale = false;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly service: QuizService,
  ) {
    this.subscription = service.onDidChange(() => this.render());
  }

  async show(): Promise<void> {
    await this.service.ready();
    if (this.panel) this.panel.reveal();
    else {
      const media = vscode.Uri.joinPath(this.extensionUri, 'media');
      this.panel = vscode.window.createWebviewPanel(STATISTICS_VIEW_TYPE, vscode.l10n.t('AWS Notes Quiz Statistics'), vscode.ViewColumn.Active, {
        enableScripts: false,
        enableCommandUris: false,
        localResourceRoots: [media],
      });
      this.panel.iconPath = vscode.Uri.joinPath(media, 'icon.svg');
      this.panel.onDidDispose(() => (this.panel = undefined));
      // Answers given while the view is in a background tab are drawn when it comes back.
      this.panel.onDidChangeViewState(({ webviewPanel }) => {
        if (webviewPanel.visible && this.stale) this.render();
      });
    }
    this.render();
  }

  /** The open panel's HTML (for the workbench tests). */
  get html(): string | undefined {
    return this.panel?.webview.html;
  }

  close(): void {
    this.panel?.dispose();
  }

  dispose(): void {
    this.subscription.dispose();
    this.panel?.dispose();
  }

  private render(): void {
    if (!this.panel || !this.service.isReady) return;
    this.stale = !this.panel.visible;
    if (this.stale) return;
    const webview = this.panel.webview;
    const media = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', name)).toString();
    this.shown = this.service.statistics();
    webview.html = statisticsHtml(this.shown, { cspSource: webview.cspSource, nonce: createNonce(), styleUris: [media('shared.css'), media('quizStatistics.css')] }, vscode.l10n);
  }
}
