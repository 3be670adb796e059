// Why `npm start` hands requests to Next through a gate (issue 25; docs/benchmark-notes.md, "Load"). Node 20's
// libuv accepts one waiting connection per turn of the event loop (libuv/libuv#3696). When two hundred readers
// arrive at once, a turn that answers every request already read lasts a quarter of a second, so new connections
// wait in the kernel's queue, some past a phone's time-out. Here a turn only reads requests and queues them; Next
// gets at most `limit` at a time, started after the turn's input is read, so turns stay short and connections are
// accepted as fast as they come. A slot is free again once Next has answered, not once the answer has reached the
// reader, so a slow phone downloading a page holds no slot. Plain JavaScript: scripts/start.mjs runs under plain Node.

/**
 * Wraps `handle` so that at most `limit` of its calls are unsettled at once, each started on a later turn than the
 * one its request arrived in, in the order they arrived. `handle` must settle and must not reject: the caller
 * answers its failures (lib/server/answer-failures.js).
 * @template {unknown[]} A
 * @param {(...args: A) => Promise<unknown>} handle
 * @param {{ limit?: number }} [options]
 * @returns {(...args: A) => void}
 */
export function requestGate(handle, { limit = 16 } = {}) {
  /** @type {A[]} */
  const waiting = [];
  let handling = 0;
  let scheduled = false;

  const schedule = () => {
    if (scheduled || waiting.length === 0) return;
    scheduled = true;
    // setImmediate runs after the turn's input has been read: the poll phase that accepts and reads comes first.
    setImmediate(start);
  };
  const settled = () => {
    handling--;
    schedule();
  };
  function start() {
    scheduled = false;
    while (handling < limit && waiting.length > 0) {
      const args = /** @type {A} */ (waiting.shift());
      handling++;
      handle(...args).finally(settled);
    }
  }

  return (...args) => {
    waiting.push(args);
    schedule();
  };
}
