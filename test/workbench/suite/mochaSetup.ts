// Mocha's browser build: it defines the global `mocha` (and `describe`/`it` once set up) in a
// web worker as well as in Node, so the web and desktop suites share one setup. Imported by
// index.ts before any test module, because test modules call `describe` when evaluated.
import 'mocha/mocha.js';

/** Generous: the workbench shares two cores with builds and other test runs. */
const testTimeoutMs = 20_000;

mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: testTimeoutMs, color: false });

/** Runs the registered tests; resolves with the number of failures. */
export function runMocha(grep: string | undefined): Promise<number> {
  if (grep) mocha.grep(grep);
  // Mocha.prototype.run, not browser-entry's mocha.run: the latter reads `location.search`,
  // which a Node extension host lacks and which means nothing in the workbench.
  return new Promise((resolve, reject) => {
    const runner = Mocha.prototype.run.call(mocha, resolve);
    // A mistyped --grep must not pass as "0 failing".
    if (runner.total === 0) reject(new Error(grep ? `no workbench test matches --grep ${grep}` : 'no workbench tests'));
  });
}
