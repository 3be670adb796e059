import { afterEach, describe, expect, it, vi } from 'vitest';
import { AudioEngine } from './audio-engine';

afterEach(() => vi.unstubAllGlobals());

// The offline voice's files, as the build writes them under public/ (scripts/generate-audio.ts) and the page asks for them.
describe('AudioEngine, where it looks for the recordings', () => {
  it('reads the manifest, then fetches ahead the next sentence’s file from the audio folder', async () => {
    const manifest = { provider: 'espeak', utterances: { '二。': { file: '3f2a.mp3', seconds: 1.2 } } };
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return { ok: true, json: async () => manifest };
    });
    new AudioEngine('/reader/').preload('二。');
    await vi.waitFor(() => expect(fetched).toHaveLength(2));
    expect(fetched).toEqual(['/reader/audio-manifest.json', '/reader/audio/3f2a.mp3']);
  });
});
