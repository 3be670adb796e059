// `npm start`: Next's production server over the build in .next, as `next start` runs it, except that requests reach
// Next's handler through a gate that keeps a crowd's new connections from waiting (lib/server/request-gate.js,
// issue 25). Flags as `next start`'s: -p/--port (or PORT; 3000), -H/--hostname (every interface if not given).
import http from 'node:http';
import { parseArgs } from 'node:util';
import { answerFailures } from '../lib/server/answer-failures.js';
import { requestGate } from '../lib/server/request-gate.js';

const refuse = (why) => {
  console.error(`npm start: ${why}. Usage: npm start -- [-p port] [-H hostname]`);
  process.exit(1);
};
let values;
try {
  const options = { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } };
  ({ values } = parseArgs({ options }));
} catch (error) {
  refuse(error.message);
}
const given = values.port ?? process.env.PORT ?? '3000';
if (!/^\d{1,5}$/.test(given) || Number(given) > 65535) {
  refuse(`the port must be a whole number from 0 to 65535, not "${given}"`);
}
const port = Number(given);
const { hostname } = values;

// As `next start` does; imported after, since Next reads it when it loads.
process.env.NODE_ENV = 'production';
const { default: next } = await import('next');
const app = next({ dev: false, hostname, port });
await app.prepare();

const server = http.createServer(requestGate(answerFailures(app.getRequestHandler())));
server.on('error', (error) => refuse(`could not listen on port ${port}: ${error.message}`));
server.listen(port, hostname, () => console.log(`▲ Ready on http://${hostname ?? 'localhost'}:${port}`));
