// The routes under /__aws-notes-test/ that the suite inside the workbench asks for (see
// suite/runnerChannel.ts): its options, screenshots of the page, what the webviews show, and
// elements of the workbench page (the walkthrough's steps) and clicks on them, none of which the
// extension host can see or do.
// Shared by the web runner (run.mjs, on the test-web server's origin) and the Node-host runner
// (test/nodehost/run.mjs, on a localhost server of its own whose URL the extension host gets
// through its environment).
import { createServer } from 'node:http';
import path from 'node:path';

export const ROUTE_PREFIX = '/__aws-notes-test/';

/**
 * `options` is what the suite reads first (grep, screenshots, host facts); screenshots go to
 * `screenshotsDir`. `page()` returns the playwright page of the workbench.
 */
export function testRoutes({ options, screenshotsDir, page, onScreenshot = () => {} }) {
  return async (url) => {
    if (url.pathname === `${ROUTE_PREFIX}options`) return options;
    if (url.pathname === `${ROUTE_PREFIX}screenshot`) {
      const name = url.searchParams.get('name') ?? '';
      if (!/^[\w.-]+$/.test(name)) throw new Error(`bad screenshot name: ${name}`);
      const file = path.join(screenshotsDir, `${name}.png`);
      const selector = url.searchParams.get('waitFor');
      if (selector) await page().waitForSelector(selector, { state: 'visible', timeout: 10_000 });
      await afterNextPaint(page());
      await page().screenshot({ path: file });
      onScreenshot(file);
      return { file };
    }
    if (url.pathname === `${ROUTE_PREFIX}webviews`) {
      return { documents: await webviewDocuments(page()) };
    }
    if (url.pathname === `${ROUTE_PREFIX}elements`) {
      return { elements: await pageElements(page(), url.searchParams.get('selector') ?? '') };
    }
    if (url.pathname === `${ROUTE_PREFIX}click`) {
      // A real click, as the user would: what it runs goes through the workbench, not the extension host.
      await page().click(url.searchParams.get('selector') ?? '', { timeout: 10_000 });
      return { clicked: true };
    }
    return undefined;
  };
}

/**
 * What every webview document in the page shows (the extension host cannot see into them): for
 * the security tests, which check that hostile notes stayed text and that none of their scripts ran.
 */
async function webviewDocuments(page) {
  const documents = [];
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    const seen = await frame
      .evaluate(() => ({
        title: document.title,
        pwned: document.body?.dataset.pwned ?? null,
        elements: [...(document.body?.querySelectorAll('script, img, iframe, svg, object, embed, a[href]') ?? [])].map((element) => element.outerHTML.slice(0, 200)),
        text: document.body?.innerText.slice(0, 5000) ?? '',
      }))
      .catch(() => undefined);
    if (seen) documents.push({ url: frame.url(), ...seen });
  }
  return documents;
}

/** The text and attributes of the workbench page's elements matching a CSS selector. */
function pageElements(page, selector) {
  return page.evaluate(
    (css) =>
      [...document.querySelectorAll(css)].map((element) => ({
        text: element.innerText ?? element.textContent ?? '',
        attributes: Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value])),
      })),
    selector,
  );
}

/** Lets the workbench render what the test just did (two frames: layout, then paint). */
function afterNextPaint(page) {
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Answers one request under ROUTE_PREFIX with `routes(url)` as JSON (undefined = 404). */
export function answerTestRequest(routes, request, response) {
  const url = new URL(request.url, 'http://localhost');
  // The web extension host runs on another origin (a web worker in a {uuid}.localhost iframe).
  response.setHeader('Access-Control-Allow-Origin', '*');
  response.setHeader('Content-Type', 'application/json');
  Promise.resolve()
    .then(() => routes(url))
    .then(
      (body) => {
        response.statusCode = body === undefined ? 404 : 200;
        response.end(JSON.stringify(body ?? { error: 'not found' }));
      },
      (error) => {
        console.error('test runner:', error.message ?? error);
        response.statusCode = 500;
        response.end(JSON.stringify({ error: error.message ?? String(error) }));
      },
    );
}

/** A localhost server of the routes alone; resolves to { url (ending in ROUTE_PREFIX), close() }. */
export async function serveTestRoutes(routes) {
  const server = createServer((request, response) => answerTestRequest(routes, request, response));
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${server.address().port}${ROUTE_PREFIX}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
