// Why `npm start` hands requests to Next through a gate (issue 25; docs/benchmark-notes.md, "Load"). Node 20's
// libuv accepts one waiting connection per turn of the event loop (libuv/libuv#3696). When two hundred readers
// arrive at once, a turn that answers every request already read lasts a quarter of a second, so new connections
// wait in the kernel's queue, some past a phone's time-out. Here a turn reads requests and queues them, and Next is
// handed at most `perTurn` of them, after the turn's input is read; the rest wait, in order, for the turns after.
// Turns stay short, so connections are accepted as fast as they come. Nothing caps how many are in Next's hands:
// a cap would be held by slow phones still downloading a recording, and the server would wait on them.
// Plain JavaScript: scripts/start.mjs runs under plain Node.

/**
 * Wraps `handle` so that each turn of the event loop calls it at most `perTurn` times, never in the turn its
 * request arrived in, in the order the requests arrived. `handle` answers its own failures
 * (lib/server/answer-failures.js): what it returns is not awaited.
 * @template {unknown[]} A
 * @param {(...args: A) => unknown} handle
 * @param {{ perTurn?: number }} [options]
 * @returns {(...args: A) => void}
 */
export function requestGate(handle, { perTurn = 16 } = {}) {
  /** @type {A[]} */
  const waiting = [];
  let scheduled = false;

  const schedule = () => {
    if (scheduled || waiting.length === 0) return;
    scheduled = true;
    // setImmediate runs after the turn's input has been read (the poll phase, which accepts and reads, comes
    // first); one scheduled from inside it runs on the next turn.
    setImmediate(start);
  };
  function start() {
    scheduled = false;
    for (const args of waiting.splice(0, perTurn)) handle(...args);
    schedule();
  }

  return (...args) => {
    waiting.push(args);
    schedule();
  };
}
