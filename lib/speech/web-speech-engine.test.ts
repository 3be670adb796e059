import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SPEAK_AFTER_CANCEL_MS, VOICE_WAIT_MS, WebSpeechEngine, chineseVoices } from './web-speech-engine';

class FakeUtterance {
  lang = '';
  rate = 1;
  voice: unknown = null;
  onstart?: () => void;
  onend?: () => void;
  onerror?: (event: { error: string }) => void;
  onboundary?: (event: { charIndex: number; charLength: number }) => void;
  constructor(public text: string) {}
}

function fakeWindow(voices: object[] = []) {
  const listeners: Record<string, () => void> = {};
  const synth = {
    spoken: [] as FakeUtterance[],
    voices,
    getVoices: () => synth.voices,
    speak: vi.fn((u: FakeUtterance) => synth.spoken.push(u)),
    cancel: vi.fn(),
    addEventListener: (name: string, fn: () => void) => (listeners[name] = fn),
    removeEventListener: vi.fn(),
    fire: (name: string) => listeners[name]?.(),
  };
  return { win: { speechSynthesis: synth, SpeechSynthesisUtterance: FakeUtterance } as never, synth };
}

const voice = (lang: string, name = lang, localService = true) => ({ voiceURI: name, name, lang, localService });
const events = () => ({ onStart: vi.fn(), onEnd: vi.fn(), onError: vi.fn() });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('WebSpeechEngine', () => {
  it('waits for voices that load late: voiceschanged, or polling, up to 5 s', async () => {
    const { win, synth } = fakeWindow();
    const engine = new WebSpeechEngine(win);
    const list = engine.voices();
    synth.voices = [voice('zh-CN')];
    synth.fire('voiceschanged');
    expect((await list).map((v) => v.lang)).toEqual(['zh-CN']);

    const slow = fakeWindow();
    const pending = new WebSpeechEngine(slow.win).voices();
    await vi.advanceTimersByTimeAsync(VOICE_WAIT_MS + 300);
    expect(await pending).toEqual([]);
  });

  it('speaks the first utterance synchronously, inside the user gesture', () => {
    const { win, synth } = fakeWindow();
    new WebSpeechEngine(win).speak({ text: '一。', lang: 'zh-CN', rate: 0.8 }, events());
    expect(synth.speak).toHaveBeenCalledOnce();
    expect(synth.spoken[0]).toMatchObject({ text: '一。', lang: 'zh-CN', rate: 0.8 });
  });

  it('delays a speak() that follows cancel(), which Chrome would otherwise drop', () => {
    const { win, synth } = fakeWindow();
    const engine = new WebSpeechEngine(win);
    engine.cancel();
    engine.speak({ text: '二。', lang: 'zh-CN', rate: 1 }, events());
    expect(synth.speak).not.toHaveBeenCalled();
    vi.advanceTimersByTime(SPEAK_AFTER_CANCEL_MS);
    expect(synth.speak).toHaveBeenCalledOnce();
  });

  it('keeps a reference to the utterance so its end arrives, and ignores events of a cancelled one', () => {
    const { win, synth } = fakeWindow();
    const engine = new WebSpeechEngine(win);
    const first = events();
    engine.speak({ text: '一。', lang: 'zh-CN', rate: 1 }, first);
    const utterance = synth.spoken[0];
    expect((engine as unknown as { current: unknown }).current).toBe(utterance);
    utterance.onstart?.();
    engine.cancel();
    utterance.onerror?.({ error: 'interrupted' });
    utterance.onend?.();
    expect(first.onStart).toHaveBeenCalledOnce();
    expect(first.onEnd).not.toHaveBeenCalled();
    expect(first.onError).not.toHaveBeenCalled();
  });

  it('reports a real failure, and a speak() that throws', () => {
    const { win, synth } = fakeWindow();
    const engine = new WebSpeechEngine(win);
    const e = events();
    engine.speak({ text: '一。', lang: 'zh-CN', rate: 1 }, e);
    synth.spoken[0].onerror?.({ error: 'synthesis-failed' });
    expect(e.onError).toHaveBeenCalledWith('synthesis-failed');
    synth.speak.mockImplementation(() => {
      throw new Error('boom');
    });
    const thrown = events();
    engine.speak({ text: '二。', lang: 'zh-CN', rate: 1 }, thrown);
    expect(thrown.onError).toHaveBeenCalledWith('boom');
  });

  it('still speaks when the platform rejects the voice object', () => {
    const { win, synth } = fakeWindow([voice('zh-CN', 'odd')]);
    class StrictUtterance {
      lang = '';
      rate = 1;
      constructor(public text: string) {}
      set voice(_: unknown) {
        throw new TypeError('not a SpeechSynthesisVoice');
      }
    }
    (win as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = StrictUtterance;
    const e = events();
    new WebSpeechEngine(win).speak({ text: '一。', lang: 'zh-CN', rate: 1, voiceId: 'odd' }, e);
    expect(synth.speak).toHaveBeenCalledOnce();
    expect(e.onError).not.toHaveBeenCalled();
  });

  it('is unavailable without speechSynthesis', () => {
    expect(new WebSpeechEngine({} as never).isAvailable()).toBe(false);
  });
});

describe('WebSpeechEngine, what a reader would hear or not', () => {
  it('outside a browser (a prerendered page) it is unavailable, has no voices and refuses to speak', async () => {
    const engine = new WebSpeechEngine();
    expect(engine.isAvailable()).toBe(false);
    expect(await engine.voices()).toEqual([]);
    const e = events();
    engine.speak({ text: '一。', lang: 'zh-CN', rate: 1 }, e);
    expect(e.onError).toHaveBeenCalledWith('unavailable');
  });

  it('in a browser, uses the page’s own window', () => {
    const { win, synth } = fakeWindow();
    vi.stubGlobal('window', win);
    try {
      new WebSpeechEngine().speak({ text: '一。', lang: 'zh-CN', rate: 1 }, events());
      expect(synth.speak).toHaveBeenCalledOnce();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('refuses to speak in a window without speechSynthesis', () => {
    const e = events();
    new WebSpeechEngine({ SpeechSynthesisUtterance: FakeUtterance } as never).speak({ text: '一。', lang: 'zh-CN', rate: 1 }, e);
    expect(e.onError).toHaveBeenCalledWith('unavailable');
  });

  it('is available with speechSynthesis and SpeechSynthesisUtterance, not with only one of them', () => {
    const { win, synth } = fakeWindow();
    expect(new WebSpeechEngine(win).isAvailable()).toBe(true);
    expect(new WebSpeechEngine({ speechSynthesis: synth } as never).isAvailable()).toBe(false);
  });

  it('has the voices at once when the browser already lists them, 「zh_CN」 written as zh-CN', async () => {
    const { win } = fakeWindow([voice('zh_CN', 'android')]);
    let found: unknown;
    void new WebSpeechEngine(win).voices().then((list) => (found = list));
    await Promise.resolve();
    expect(found).toEqual([{ id: 'android', name: 'android', lang: 'zh-CN', local: true }]);
  });

  it('finds voices that arrive after a second by polling, with or without voiceschanged', async () => {
    const { win, synth } = fakeWindow();
    const list = new WebSpeechEngine(win).voices();
    await vi.advanceTimersByTimeAsync(1000);
    synth.voices = [voice('zh-CN')];
    await vi.advanceTimersByTimeAsync(300);
    expect((await list).map((v) => v.lang)).toEqual(['zh-CN']);

    const old = fakeWindow();
    const bare = { ...old.synth, addEventListener: undefined, removeEventListener: undefined };
    const oldList = new WebSpeechEngine({ speechSynthesis: bare, SpeechSynthesisUtterance: FakeUtterance } as never).voices();
    old.synth.voices = [voice('zh-TW')];
    await vi.advanceTimersByTimeAsync(300);
    expect((await oldList).map((v) => v.lang)).toEqual(['zh-TW']);
  });

  it('speaks in the voice the reader chose', () => {
    const chosen = voice('zh-CN', 'chosen');
    const { win, synth } = fakeWindow([voice('zh-CN', 'other'), chosen]);
    new WebSpeechEngine(win).speak({ text: '一。', lang: 'zh-CN', rate: 1, voiceId: 'chosen' }, events());
    expect(synth.spoken[0].voice).toBe(chosen);
  });

  it('reports the end of the sentence being said, and ignores a late start or end of a cancelled one', () => {
    const { win, synth } = fakeWindow();
    const engine = new WebSpeechEngine(win);
    const e = events();
    engine.speak({ text: '一。', lang: 'zh-CN', rate: 1 }, e);
    synth.spoken[0].onend?.();
    expect(e.onEnd).toHaveBeenCalledOnce();

    const cancelled = events();
    engine.speak({ text: '二。', lang: 'zh-CN', rate: 1 }, cancelled);
    engine.cancel();
    synth.spoken[1].onstart?.();
    synth.spoken[1].onend?.();
    synth.spoken[1].onerror?.({ error: 'synthesis-failed' });
    expect(cancelled.onStart).not.toHaveBeenCalled();
    expect(cancelled.onEnd).not.toHaveBeenCalled();
    expect(cancelled.onError).not.toHaveBeenCalled();
  });

  it('does not count 「interrupted」 or 「canceled」 as a failure of the reading', () => {
    const { win, synth } = fakeWindow();
    const engine = new WebSpeechEngine(win);
    const e = events();
    engine.speak({ text: '一。', lang: 'zh-CN', rate: 1 }, e);
    synth.spoken[0].onerror?.({ error: 'interrupted' });
    synth.spoken[0].onerror?.({ error: 'canceled' });
    expect(e.onError).not.toHaveBeenCalled();
  });

  it('cancel silences the browser, and a speak() still waiting after a cancel never happens', () => {
    const { win, synth } = fakeWindow();
    const engine = new WebSpeechEngine(win);
    engine.cancel();
    expect(synth.cancel).toHaveBeenCalledOnce();
    engine.speak({ text: '二。', lang: 'zh-CN', rate: 1 }, events());
    vi.advanceTimersByTime(SPEAK_AFTER_CANCEL_MS - 1);
    expect(synth.speak).not.toHaveBeenCalled();
    engine.cancel();
    vi.advanceTimersByTime(SPEAK_AFTER_CANCEL_MS);
    expect(synth.speak).not.toHaveBeenCalled();
  });
});

describe('WebSpeechEngine, the word being said and the edges of its waits', () => {
  it('reports the word being said of the current sentence only, a length the browser leaves out as 0', () => {
    const { win, synth } = fakeWindow();
    const engine = new WebSpeechEngine(win);
    const onBoundary = vi.fn();
    engine.speak({ text: '一二。', lang: 'zh-CN', rate: 1 }, { ...events(), onBoundary });
    synth.spoken[0].onboundary?.({ charIndex: 1, charLength: 2 });
    synth.spoken[0].onboundary?.({ charIndex: 2 } as never);
    expect(onBoundary.mock.calls).toEqual([
      [1, 2],
      [2, 0],
    ]);
    engine.cancel();
    synth.spoken[0].onboundary?.({ charIndex: 0, charLength: 1 });
    expect(onBoundary).toHaveBeenCalledTimes(2);
  });

  it('takes a word boundary calmly when nobody listens for one', () => {
    const { win, synth } = fakeWindow();
    new WebSpeechEngine(win).speak({ text: '一。', lang: 'zh-CN', rate: 1 }, events());
    expect(() => synth.spoken[0].onboundary?.({ charIndex: 0, charLength: 1 })).not.toThrow();
  });

  it('reports a speak() that throws something other than an Error as 「speak-failed」', () => {
    const { win, synth } = fakeWindow();
    synth.speak.mockImplementation(() => {
      throw 'no';
    });
    const e = events();
    new WebSpeechEngine(win).speak({ text: '一。', lang: 'zh-CN', rate: 1 }, e);
    expect(e.onError).toHaveBeenCalledWith('speak-failed');
  });

  it('gives up waiting for voices at 5 s exactly, and leaves no voiceschanged listener behind', async () => {
    const { win, synth } = fakeWindow();
    const add = vi.spyOn(synth, 'addEventListener');
    let found: unknown;
    void new WebSpeechEngine(win).voices().then((list) => (found = list));
    await vi.advanceTimersByTimeAsync(VOICE_WAIT_MS - 1);
    expect(found).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(found).toEqual([]);
    expect(synth.removeEventListener.mock.calls).toEqual([['voiceschanged', add.mock.calls[0][1]]]);
  });

  it('speaks at once, inside the gesture, from 50 ms after a cancel', () => {
    const { win, synth } = fakeWindow();
    const engine = new WebSpeechEngine(win);
    engine.cancel();
    vi.advanceTimersByTime(SPEAK_AFTER_CANCEL_MS);
    engine.speak({ text: '二。', lang: 'zh-CN', rate: 1 }, events());
    expect(synth.speak).toHaveBeenCalledOnce();
  });
});

describe('chineseVoices', () => {
  it('puts zh-CN first among local voices, whatever order the browser lists them in', () => {
    const tw = { id: 'tw', name: 'tw', lang: 'zh-TW', local: true };
    const cn = { id: 'cn', name: 'cn', lang: 'zh-CN', local: true };
    expect(chineseVoices([tw, cn]).map((v) => v.id)).toEqual(['cn', 'tw']);
    expect(chineseVoices([cn, tw]).map((v) => v.id)).toEqual(['cn', 'tw']);
  });

  it('keeps the browser’s order among voices alike, so its own first Chinese voice stays the default', () => {
    const first = { id: 'first', name: 'first', lang: 'zh-CN', local: true };
    const second = { id: 'second', name: 'second', lang: 'zh-CN', local: true };
    const third = { id: 'third', name: 'third', lang: 'zh-CN', local: true };
    expect(chineseVoices([first, second, third]).map((v) => v.id)).toEqual(['first', 'second', 'third']);
  });

  it('keeps only languages that start with zh or cmn, not one where zh comes later', () => {
    const list = [{ id: 'en', name: 'en', lang: 'en-zh', local: true }, { id: 'cn', name: 'cn', lang: 'zh-CN', local: true }];
    expect(chineseVoices(list).map((v) => v.id)).toEqual(['cn']);
  });

  it('keeps a voice whose language is just 「zh」 or 「cmn」', () => {
    const bare = [{ id: 'zh', name: 'zh', lang: 'zh', local: true }, { id: 'cmn', name: 'cmn', lang: 'cmn', local: true }];
    expect(chineseVoices(bare).map((v) => v.id)).toEqual(['zh', 'cmn']);
  });

  it('keeps Mandarin voices, local and zh-CN first', () => {
    const list = [voice('en-US'), voice('zh-TW', 'tw'), voice('zh-CN', 'remote', false), voice('zh-CN', 'local'), voice('zh-HK', 'hk')];
    expect(chineseVoices(list.map((v) => ({ id: v.voiceURI, name: v.name, lang: v.lang, local: v.localService }))).map((v) => v.name)).toEqual([
      'local',
      'tw',
      'remote',
    ]);
  });
});
