// `npm start`: serves VS Code for the Web with the extension loaded (from dist/, built by the
// npm script just before) and samples/ open as the workspace, until Ctrl-C.
//
//   node test/workbench/serve.mjs [--port N] [--host H]   (defaults: 3000, localhost)
import { startWorkbenchServer } from './workbenchServer.mjs';

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

const port = Number(option('--port', process.env.PORT ?? 3000));
const host = option('--host', 'localhost');

const server = await startWorkbenchServer({ port, host }).catch((error) => {
  console.error(`Could not serve on ${host}:${port}: ${error.message}. Try --port N.`);
  process.exit(1);
});
console.log(`\nAWS Notes in VS Code for the Web: open ${server.url}\n(samples/ is the workspace; Ctrl-C stops)`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close().then(() => process.exit(0)));
}
