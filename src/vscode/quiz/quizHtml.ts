import * as vscode from 'vscode';

/** Per-render nonce: only our own script tags carry it, so nothing injected can run. */
function createNonce(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

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
  const nonce = createNonce();
  const csp = ["default-src 'none'", `style-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${media('shared.css')}">
<link rel="stylesheet" href="${media('quiz.css')}">
<title>AWS Notes Quiz</title>
</head>
<body class="layout-${layout}">
<main id="quiz" data-layout="${layout}" aria-label="AWS Notes quiz"><p class="loading">Loading the quiz…</p></main>
<div id="announcer" class="visually-hidden" role="status" aria-live="polite"></div>
<script nonce="${nonce}" src="${media('quizKeys.js')}"></script>
<script nonce="${nonce}" src="${media('quiz.js')}"></script>
</body>
</html>`;
}
