import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SpeechProvider } from './audio/provider';
import { generateAudio } from './generate-audio';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'audio-'));
const quiet = () => undefined;

describe('generateAudio fails rather than ship a broken utterance', () => {
  it('stops, naming the utterance, when synthesis throws', async () => {
    const failing: SpeechProvider = {
      id: 'failing',
      synthesize: async () => {
        throw new Error('synthesizer crashed');
      },
    };
    await expect(generateAudio(tmp(), failing, quiet)).rejects.toThrow(/Audio generation failed for 「.+」: synthesizer crashed/);
  });

  it('stops when the synthesizer returns silence', async () => {
    const silent: SpeechProvider = {
      id: 'silent',
      synthesize: async (text) => ({ samples: new Float32Array(text.length * 5000), sampleRate: 16000 }),
    };
    await expect(generateAudio(tmp(), silent, quiet)).rejects.toThrow(/silent/);
  });

  it('stops when the audio is far too short for its text', async () => {
    const clipped: SpeechProvider = {
      id: 'clipped',
      synthesize: async () => ({ samples: new Float32Array(800).fill(0.3), sampleRate: 16000 }),
    };
    await expect(generateAudio(tmp(), clipped, quiet)).rejects.toThrow(/not plausible speech/);
  });
});
