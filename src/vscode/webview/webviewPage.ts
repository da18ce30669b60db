import { escapeHtml } from '../../core/util/escapeHtml';

/**
 * The page every webview of ours is: a strict CSP (`default-src 'none'`, our stylesheets, our
 * nonce'd scripts and nothing else), stylesheets and scripts from `media/` only. Pure (no
 * `vscode` import) so its output can be checked in unit tests.
 */
export interface WebviewPage {
  /** `webview.cspSource`: the origin our media files are served from. */
  readonly cspSource: string;
  readonly nonce: string;
  readonly title: string;
  /** Webview URIs of the stylesheets, in order. */
  readonly styleUris: readonly string[];
  /** Webview URIs of the scripts, in order; each gets the nonce. */
  readonly scriptUris: readonly string[];
  /** Attributes of `<body>`, already escaped (e.g. ` class="layout-panel"`). */
  readonly bodyAttributes?: string;
  /** The body's HTML, already safe. */
  readonly body: string;
}

/** A fresh nonce per render: only script tags we write carry it, so nothing injected can run. */
export function createNonce(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function webviewPageHtml(page: WebviewPage): string {
  const csp = ["default-src 'none'", `style-src ${page.cspSource}`, `script-src 'nonce-${page.nonce}'`].join('; ');
  const styles = page.styleUris.map((uri) => `<link rel="stylesheet" href="${escapeHtml(uri)}">`).join('\n');
  const scripts = page.scriptUris.map((uri) => `<script nonce="${page.nonce}" src="${escapeHtml(uri)}"></script>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${styles}
<title>${escapeHtml(page.title)}</title>
</head>
<body${page.bodyAttributes ?? ''}>
${page.body}
${scripts}
</body>
</html>`;
}
