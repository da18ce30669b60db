import { createServer } from 'node:net';

/** A port nobody listens on right now (several engineers may run the suites at once). */
export function freePort(host = 'localhost') {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, host, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
