import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ReadAloudController, type QueueItem } from './read-aloud-controller';
import { ScriptedEngine } from './scripted-engine';

const item = (text: string, blockId: string): QueueItem => ({ text, blockId, start: 0, end: text.length, sentence: 0 });
const queue = [item('一。', 'p1'), item('二。', 'p1'), item('三。', 'p2'), item('四。', 'p3')];

let engine: ScriptedEngine;
let controller: ReadAloudController;
let onEnded: ReturnType<typeof vi.fn<() => void>>;
const status = () => controller.getState().status;
const index = () => controller.getState().index;
const said = () => engine.spoken.map((r) => r.text);

beforeEach(() => {
  engine = new ScriptedEngine();
  onEnded = vi.fn<() => void>();
  controller = new ReadAloudController(engine, { lang: 'zh-CN', onEnded });
  controller.load(queue);
});

describe('ReadAloudController', () => {
  it('idle → starting → speaking → ended, speaking each sentence in order with lang and rate', () => {
    expect(status()).toBe('idle');
    controller.setRate(0.8);
    controller.play();
    expect(status()).toBe('starting');
    engine.start();
    expect(status()).toBe('speaking');
    for (let i = 0; i < queue.length; i++) engine.end();
    expect(said()).toEqual(['一。', '二。', '三。', '四。']);
    expect(engine.spoken.every((r) => r.lang === 'zh-CN' && r.rate === 0.8)).toBe(true);
    expect(status()).toBe('ended');
    expect(onEnded).toHaveBeenCalledOnce();
  });

  it('pause is cancel; resume restarts the current sentence; a late end from the cancelled one is ignored', () => {
    controller.play();
    engine.start();
    engine.end();
    const interrupted = engine.current!;
    controller.pause();
    expect(status()).toBe('paused');
    expect(engine.cancels).toBeGreaterThan(0);
    engine.end(interrupted);
    expect(index()).toBe(1);
    controller.resume();
    expect(said()).toEqual(['一。', '二。', '二。']);
    engine.start();
    expect(status()).toBe('speaking');
  });

  it('an error mid-sentence stops on that sentence, says so, and resume retries it', () => {
    controller.play(2);
    engine.start();
    engine.fail('synthesis-failed');
    expect(controller.getState()).toMatchObject({ status: 'error', error: 'synthesis-failed', index: 2 });
    engine.end();
    expect(index()).toBe(2);
    controller.resume();
    expect(said().at(-1)).toBe('三。');
    expect(status()).toBe('starting');
  });

  it('next / previous while speaking switch cleanly: cancel, then speak the new sentence', () => {
    controller.play();
    engine.start();
    const before = engine.cancels;
    controller.next();
    expect(engine.cancels).toBe(before + 1);
    expect(said().at(-1)).toBe('二。');
    controller.previous();
    expect(said().at(-1)).toBe('一。');
    controller.previous();
    expect(index()).toBe(0);
  });

  it('next / previous while paused move without speaking', () => {
    controller.play();
    engine.start();
    controller.pause();
    const count = engine.spoken.length;
    controller.next();
    controller.next();
    expect(index()).toBe(2);
    expect(status()).toBe('paused');
    expect(engine.spoken.length).toBe(count);
  });

  it('moves by paragraph: next block, start of block, previous block', () => {
    controller.play(1);
    controller.nextBlock();
    expect(index()).toBe(2);
    controller.nextBlock();
    expect(index()).toBe(3);
    controller.nextBlock();
    expect(index()).toBe(3);
    controller.previousBlock();
    expect(index()).toBe(2);
    controller.previousBlock();
    expect(index()).toBe(0);
  });

  it('a new starting point pressed mid-sentence replaces the old one', () => {
    controller.play(0);
    engine.start();
    const old = engine.current!;
    controller.play(3);
    engine.end(old);
    expect(index()).toBe(3);
    expect(said()).toEqual(['一。', '四。']);
  });

  it('changing speed or voice while speaking restarts the sentence with the new setting', () => {
    controller.play();
    engine.start();
    controller.setRate(1.4);
    controller.setVoice('voice-2');
    expect(engine.spoken.at(-1)).toMatchObject({ text: '一。', rate: 1.4, voiceId: 'voice-2' });
  });

  it('stop returns to the start; an engine that cannot speak is an error, not silence', () => {
    controller.play(2);
    controller.stop();
    expect(controller.getState()).toMatchObject({ status: 'idle', index: 0 });
    engine.available = false;
    controller.play();
    expect(controller.getState()).toMatchObject({ status: 'error', error: 'unavailable' });
  });

  it('notifies subscribers on every change', () => {
    const listener = vi.fn();
    const unsubscribe = controller.subscribe(listener);
    controller.play();
    engine.start();
    unsubscribe();
    engine.end();
    expect(listener).toHaveBeenCalledTimes(2);
  });
});

describe('ReadAloudController with a skippable failure and a second engine', () => {
  it('skips an utterance whose audio is missing, records it, and reads on', () => {
    controller.play();
    engine.start();
    engine.current!.events.onError('missing-audio', { skippable: true });
    expect(controller.getState()).toMatchObject({ status: 'speaking', index: 1, skipped: [0] });
    expect(said()).toEqual(['一。', '二。']);
  });

  it('asks the engine to preload the next utterance', () => {
    const preload = vi.fn();
    engine.preload = preload;
    controller.play();
    expect(preload).toHaveBeenCalledWith('二。');
  });

  it('switches engines mid-reading and goes on from the same sentence', () => {
    controller.play(1);
    engine.start();
    const other = new ScriptedEngine();
    controller.setEngine(other);
    expect(other.spoken.map((r) => r.text)).toEqual(['二。']);
    expect(controller.currentEngine).toBe(other);
  });
});

describe('ReadAloudController voices', () => {
  it('a default voice set while speaking applies from the next sentence, without restarting', () => {
    controller.play();
    engine.start();
    controller.setVoice('default-voice', { restart: false });
    expect(said()).toEqual(['一。']);
    engine.end();
    expect(engine.spoken.at(-1)).toMatchObject({ text: '二。', voiceId: 'default-voice' });
  });

  it('a confirmation said while reading interrupts the sentence, then reads that sentence again', () => {
    controller.play();
    engine.start();
    engine.end();
    controller.announce('十字线已开启。');
    expect(said()).toEqual(['一。', '二。', '十字线已开启。']);
    expect(status()).toBe('speaking');
    engine.end();
    expect(said()).toEqual(['一。', '二。', '十字线已开启。', '二。']);
    expect(index()).toBe(1);
  });

  it('a confirmation said while paused leaves the reading paused, and pausing during one wins', () => {
    controller.play();
    engine.start();
    controller.pause();
    controller.announce('大鼠标：大。');
    engine.end();
    expect(said()).toEqual(['一。', '大鼠标：大。']);
    expect(status()).toBe('paused');

    controller.resume();
    engine.start();
    controller.announce('阅读尺：3行。');
    controller.pause();
    engine.fail('interrupted');
    expect(said()).toEqual(['一。', '大鼠标：大。', '一。', '阅读尺：3行。']);
    expect(status()).toBe('paused');
  });
});


describe('ReadAloudController at the edges', () => {
  it('before anything is loaded: idle, at normal speed, with nothing to say', () => {
    const fresh = new ReadAloudController(engine, { lang: 'zh-CN' });
    expect(fresh.getState()).toEqual({ status: 'idle', queue: [], index: 0, rate: 1, skipped: [] });
    fresh.play();
    expect(engine.spoken).toEqual([]);
  });

  it('reads at normal speed (1) until the reader picks another', () => {
    controller.play();
    expect(engine.spoken[0]).toMatchObject({ text: '一。', rate: 1 });
  });

  it('reads to the end without an onEnded listener', () => {
    const plain = new ReadAloudController(engine, { lang: 'zh-CN' });
    plain.load(queue.slice(0, 1));
    plain.play();
    engine.end();
    expect(plain.getState().status).toBe('ended');
  });

  it('ignores a start outside the queue, and stays put at either end while paused', () => {
    controller.play(queue.length);
    controller.play(-1);
    expect(engine.spoken).toEqual([]);
    expect(controller.getState()).toMatchObject({ status: 'idle', index: 0 });
    controller.previous();
    expect(index()).toBe(0);
    controller.play(3);
    controller.pause();
    controller.next();
    expect(controller.getState()).toMatchObject({ status: 'paused', index: 3 });
  });

  it('next while stopped moves and waits (paused); next after an error keeps the error shown', () => {
    controller.next();
    expect(controller.getState()).toMatchObject({ status: 'paused', index: 1 });
    controller.play(1);
    engine.fail('synthesis-failed');
    controller.next();
    expect(controller.getState()).toMatchObject({ status: 'error', index: 2 });
    expect(said()).toEqual(['二。']);
  });

  it('after the end, a step back waits on that sentence (paused) for the reader to press play', () => {
    controller.play(3);
    engine.end();
    expect(status()).toBe('ended');
    controller.previous();
    expect(controller.getState()).toMatchObject({ status: 'paused', index: 2 });
  });

  it('pause does nothing when not reading, and stops a sentence that has not started yet', () => {
    controller.pause();
    expect(status()).toBe('idle');
    controller.play();
    controller.pause();
    expect(status()).toBe('paused');
  });

  it('resume does nothing while reading or when stopped', () => {
    controller.resume();
    expect(said()).toEqual([]);
    controller.play();
    engine.start();
    controller.resume();
    expect(said()).toEqual(['一。']);
  });

  it('moves by paragraph from inside one: the next paragraph’s first sentence, this paragraph’s first', () => {
    controller.play(0);
    controller.nextBlock();
    expect(index()).toBe(2);
    controller.load([item('甲。', 'p1'), item('乙。', 'p2'), item('丙。', 'p2')]);
    controller.play(2);
    controller.previousBlock();
    expect(index()).toBe(1);
    controller.play(0);
    controller.previousBlock();
    expect(index()).toBe(0);
  });

  it('a late end or error from a sentence left behind neither ends nor stops the reading', () => {
    controller.play(0);
    engine.start();
    const left = engine.current!;
    controller.play(3);
    left.events.onEnd();
    left.events.onError('interrupted');
    expect(controller.getState()).toMatchObject({ status: 'starting', index: 3 });
    expect(onEnded).not.toHaveBeenCalled();
  });

  it('after the end, a late end from an earlier sentence neither reads on nor ends the reading again', () => {
    controller.play(2);
    engine.start();
    const earlier = engine.current!;
    engine.end();
    engine.end();
    expect(status()).toBe('ended');
    earlier.events.onEnd();
    expect(said()).toEqual(['三。', '四。']);
    expect(onEnded).toHaveBeenCalledOnce();
  });

  it('after an error, a late start from an earlier sentence does not show the reading as going on', () => {
    controller.play(2);
    engine.start();
    const earlier = engine.current!;
    engine.end();
    engine.fail('synthesis-failed');
    earlier.events.onStart();
    expect(controller.getState()).toMatchObject({ status: 'error', error: 'synthesis-failed', index: 3 });
  });

  it('does not ask to preload past the last sentence', () => {
    const preload = vi.fn();
    engine.preload = preload;
    controller.play(3);
    expect(preload).not.toHaveBeenCalled();
  });
});

describe('ReadAloudController engine switch and confirmations', () => {
  it('switching to the same engine changes nothing; switching while paused or stopped does not start reading', () => {
    controller.play();
    engine.start();
    controller.setEngine(engine);
    expect(said()).toEqual(['一。']);
    controller.pause();
    const other = new ScriptedEngine();
    controller.setEngine(other);
    expect(other.spoken).toEqual([]);
    expect(status()).toBe('paused');
  });

  it('switching engines before the first sentence has started reads it in the new one', () => {
    controller.play();
    const other = new ScriptedEngine();
    controller.setEngine(other);
    expect(other.spoken.map((r) => r.text)).toEqual(['一。']);
  });

  it('a confirmation said as a sentence is starting goes back to reading it', () => {
    controller.play();
    controller.announce('十字线已开启。');
    engine.end();
    expect(said()).toEqual(['一。', '十字线已开启。', '一。']);
  });

  it('says no confirmation with an engine that cannot speak', () => {
    engine.available = false;
    controller.announce('十字线已开启。');
    expect(engine.spoken).toEqual([]);
  });
});
