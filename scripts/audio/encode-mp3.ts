import { createMp3Encoder } from 'wasm-media-encoders';

const TARGET_RATE = 16_000;
const BITRATE = 24;

/** Linear resampling to 16 kHz: speech needs no more, and it keeps all the audio under a few MB. */
function resample(samples: Float32Array, from: number): Float32Array {
  if (from === TARGET_RATE) return samples;
  const out = new Float32Array(Math.floor((samples.length * TARGET_RATE) / from));
  const step = from / TARGET_RATE;
  for (let i = 0; i < out.length; i++) {
    const x = i * step;
    const j = Math.floor(x);
    const next = samples[Math.min(j + 1, samples.length - 1)];
    out[i] = samples[j] + (next - samples[j]) * (x - j);
  }
  return out;
}

/** MP3 at a speech bitrate (24 kbps, 16 kHz mono), with LAME compiled to WebAssembly. */
export async function mp3Encoder() {
  const encoder = await createMp3Encoder();
  return (samples: Float32Array, sampleRate: number): Uint8Array => {
    encoder.configure({ sampleRate: TARGET_RATE, channels: 1, bitrate: BITRATE });
    const parts: Uint8Array[] = [];
    // The encoder reuses its output buffer: copy each piece before the next call.
    parts.push(encoder.encode([resample(samples, sampleRate)]).slice());
    parts.push(encoder.finalize().slice());
    const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
    let offset = 0;
    for (const part of parts) {
      out.set(part, offset);
      offset += part.length;
    }
    return out;
  };
}
