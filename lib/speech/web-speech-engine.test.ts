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

describe('chineseVoices', () => {
  it('keeps Mandarin voices, local and zh-CN first', () => {
    const list = [voice('en-US'), voice('zh-TW', 'tw'), voice('zh-CN', 'remote', false), voice('zh-CN', 'local'), voice('zh-HK', 'hk')];
    expect(chineseVoices(list.map((v) => ({ id: v.voiceURI, name: v.name, lang: v.lang, local: v.localService }))).map((v) => v.name)).toEqual([
      'local',
      'tw',
      'remote',
    ]);
  });
});
