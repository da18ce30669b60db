import * as vscode from 'vscode';
import { escapeHtml } from '../../core/util/escapeHtml';
import { createNonce, webviewPageHtml } from '../webview/webviewPage';

/** Webview options every quiz webview uses: scripts on, resources only from media/. */
export function quizWebviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, enableCommandUris: false, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')] };
}

/**
 * The quiz webviews' HTML: an empty shell the script fills from `view` messages (text through
 * `textContent`, the note from markdown-it with `html: false`). CSP: nothing but our
 * stylesheets and our two nonce'd scripts.
 */
export function quizHtml(webview: vscode.Webview, extensionUri: vscode.Uri, layout: 'panel' | 'sidebar'): string {
  const media = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', name)).toString();
  return webviewPageHtml({
    cspSource: webview.cspSource,
    nonce: createNonce(),
    title: vscode.l10n.t('AWS Notes Quiz'),
    styleUris: [media('shared.css'), media('quiz.css')],
    scriptUris: [media('quizKeys.js'), media('quiz.js')],
    bodyAttributes: ` class="layout-${layout}"`,
    body: `<main id="quiz" data-layout="${layout}" aria-label="${escapeHtml(vscode.l10n.t('AWS Notes quiz'))}"><p class="loading">${escapeHtml(vscode.l10n.t('Loading the quiz…'))}</p></main>
<div id="announcer" class="visually-hidden" role="status" aria-live="polite"></div>`,
  });
}
