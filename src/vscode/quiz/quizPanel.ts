import * as vscode from 'vscode';
import { readSessionState, type SessionState } from '../../core/quiz/quizSession';
import type { QuizService } from './quizService';
import { QuizWebview, type QuizWebviewOptions } from './quizWebview';

export const QUIZ_PANEL_VIEW_TYPE = 'awsNotes.quiz';

/**
 * The quiz panel: one at a time, reused. Survives a reload: the webview keeps its session with
 * `setState`, and the serializer rebuilds the panel from it.
 */
export class QuizPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private view: QuizWebview | undefined;
  private readonly serializer: vscode.Disposable;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly service: QuizService,
    private readonly options: Omit<QuizWebviewOptions, 'layout'>,
  ) {
    this.serializer = vscode.window.registerWebviewPanelSerializer(QUIZ_PANEL_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state: unknown) => {
        await this.restore(panel, state);
      },
    });
  }

  /** After a reload: takes over the panel VS Code kept, with the session its webview saved (`setState`). */
  async restore(panel: vscode.WebviewPanel, state: unknown): Promise<QuizWebview> {
    const saved = typeof state === 'object' && state !== null ? (state as { session?: unknown }).session : undefined;
    this.adopt(panel, readSessionState(saved));
    const view = this.view!;
    await view.post();
    return view;
  }

  /** The open panel's webview (for the grade command and tests), if any. */
  get webview(): QuizWebview | undefined {
    return this.view;
  }

  /** Opens (or reveals) the panel; a filter, when given, replaces the current one. */
  async show(filter?: SessionState['filter']): Promise<QuizWebview> {
    if (!this.panel || !this.view) {
      const panel = vscode.window.createWebviewPanel(QUIZ_PANEL_VIEW_TYPE, vscode.l10n.t('AWS Notes Quiz'), vscode.ViewColumn.Active, { retainContextWhenHidden: false });
      this.adopt(panel, undefined);
    } else {
      this.panel.reveal();
    }
    const view = this.view!;
    if (filter) await view.setFilter(filter);
    else await view.post();
    return view;
  }

  close(): void {
    this.panel?.dispose();
  }

  dispose(): void {
    this.serializer.dispose();
    this.panel?.dispose();
  }

  private adopt(panel: vscode.WebviewPanel, state: SessionState | undefined): void {
    this.view?.dispose();
    this.panel?.dispose();
    this.panel = panel;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icon.svg');
    this.view = new QuizWebview(panel.webview, this.extensionUri, this.service, { ...this.options, layout: 'panel' }, state);
    panel.onDidDispose(() => {
      if (this.panel !== panel) return;
      this.view?.dispose();
      this.view = undefined;
      this.panel = undefined;
    });
  }
}
