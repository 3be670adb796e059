import { describe, expect, it } from 'vitest';
import { requestGate } from './request-gate.js';

/**
 * Resolves once the gate has started what it may: a settled call frees its slot in a microtask, and the gate then
 * starts the next on the turn after, so two turns.
 */
const nextTurn = async () => {
  for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
};

/** A stand-in for Next's handler whose calls settle only when the test says so. */
function heldHandler() {
  const calls: { id: number; settle: () => void }[] = [];
  const handle = (id: number) => new Promise<void>((settle) => calls.push({ id, settle }));
  return { calls, handle };
}

describe('requestGate', () => {
  it('starts nothing in the turn its requests arrive in, then at most `limit` of them', async () => {
    const { calls, handle } = heldHandler();
    const gate = requestGate(handle, { limit: 3 });
    for (let id = 1; id <= 5; id++) gate(id);
    expect(calls).toHaveLength(0);
    await nextTurn();
    expect(calls.map((c) => c.id)).toEqual([1, 2, 3]);
  });

  it('starts a waiting request, in arrival order, when one in hand settles', async () => {
    const { calls, handle } = heldHandler();
    const gate = requestGate(handle, { limit: 2 });
    for (let id = 1; id <= 5; id++) gate(id);
    await nextTurn();
    calls[1].settle();
    await nextTurn();
    expect(calls.map((c) => c.id)).toEqual([1, 2, 3]);
    calls[0].settle();
    calls[2].settle();
    await nextTurn();
    expect(calls.map((c) => c.id)).toEqual([1, 2, 3, 4, 5]);
  });

  it('goes on starting requests that arrive after the queue emptied', async () => {
    const { calls, handle } = heldHandler();
    const gate = requestGate(handle, { limit: 1 });
    gate(1);
    await nextTurn();
    calls[0].settle();
    await nextTurn();
    gate(2);
    await nextTurn();
    expect(calls.map((c) => c.id)).toEqual([1, 2]);
  });
});
