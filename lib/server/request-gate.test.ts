import { describe, expect, it } from 'vitest';
import { requestGate } from './request-gate.js';

/**
 * Resolves after one turn of the event loop: the gate's own immediate, queued first, has run by then, and the one it
 * queues for its next batch runs on the turn after.
 */
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** A gate over a stand-in for Next's handler that records which requests it was handed. */
function gateRecording(perTurn: number) {
  const handed: number[] = [];
  return { handed, gate: requestGate((id: number) => handed.push(id), { perTurn }) };
}

describe('requestGate', () => {
  it('hands over nothing in the turn the requests arrive in', () => {
    const { handed, gate } = gateRecording(3);
    for (let id = 1; id <= 2; id++) gate(id);
    expect(handed).toEqual([]);
  });

  it('hands over at most `perTurn` requests a turn, in the order they arrived', async () => {
    const { handed, gate } = gateRecording(2);
    for (let id = 1; id <= 5; id++) gate(id);
    await nextTurn();
    expect(handed).toEqual([1, 2]);
    await nextTurn();
    expect(handed).toEqual([1, 2, 3, 4]);
    await nextTurn();
    expect(handed).toEqual([1, 2, 3, 4, 5]);
  });

  it('does not wait for a request it handed over to finish', async () => {
    const handed: number[] = [];
    const gate = requestGate((id: number) => (handed.push(id), new Promise(() => {})), { perTurn: 1 });
    gate(1);
    gate(2);
    await nextTurn();
    await nextTurn();
    expect(handed).toEqual([1, 2]);
  });

  it('goes on handing over requests that arrive after the queue emptied', async () => {
    const { handed, gate } = gateRecording(1);
    gate(1);
    await nextTurn();
    gate(2);
    await nextTurn();
    expect(handed).toEqual([1, 2]);
  });
});
