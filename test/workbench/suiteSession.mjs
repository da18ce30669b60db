// One run of the workbench suite in a browser page, for both runners (run.mjs: VS Code for the
// Web; test/nodehost/run.mjs: code-server's Node extension host). The workbench reports the
// suite's output and end through `codeAutomationLog` / `codeAutomationExit`, the hooks an
// Extension Development Host calls when the page has them.

/**
 * Opens `url` in a new page of `browser` and resolves with the suite's exit code (0 = passed),
 * or 1 when the run itself fails (timeout, crash, browser gone). `onPage(page)` gets the page
 * before it loads (the runner's routes need it); `log(type, args, settled)` gets the
 * extension host's console.
 */
export async function runSuiteInPage({ browser, url, timeoutSeconds, onPage = () => {}, log }) {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  onPage(page);

  // The first of: the suite's exit code, or a failure of the run itself.
  let settle;
  const outcome = new Promise((resolve) => (settle = resolve));
  let settled = false;
  const finish = (code, failure) => {
    if (settled) return;
    settled = true;
    if (failure) console.error(`test runner: ${failure}`);
    settle(code);
  };
  const timer = setTimeout(() => finish(1, `the suite did not finish within ${timeoutSeconds} s`), timeoutSeconds * 1000);
  browser.on('disconnected', () => finish(1, 'the browser closed before the suite finished'));
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => finish(130, `stopped by ${signal}`));
  page.on('crash', () => finish(1, 'the workbench page crashed'));

  await page.exposeFunction('codeAutomationLog', (type, args) => log(type, args, settled));
  await page.exposeFunction('codeAutomationExit', (code) => finish(code));
  // No timeout of its own: on a busy machine loading may be slow, and the run's timeout holds.
  page.goto(url, { timeout: 0 }).catch((error) => finish(1, `could not open the workbench: ${error.message}`));
  try {
    return await outcome;
  } finally {
    clearTimeout(timer);
  }
}
