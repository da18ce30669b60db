// Injected by esbuild into the browser test bundle: `assert` (through `util`) reads
// `process.env`, and a web worker has no `process`.
export { default as process } from 'process/browser.js';
