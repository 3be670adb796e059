/** Rejects audio that a listener would not accept: silence, or a length far from the text's. */
export function checkSpeech(text: string, samples: Float32Array, sampleRate: number): string | null {
  const seconds = samples.length / sampleRate;
  let sum = 0;
  for (const s of samples) sum += s * s;
  const rms = Math.sqrt(sum / Math.max(1, samples.length));
  const syllables = text.replace(/[\s\p{P}\p{S}]/gu, '').length;
  if (rms < 0.01) return `silent (RMS ${rms.toFixed(4)})`;
  if (seconds < syllables / 8 || seconds > syllables / 1.5 + 1) {
    return `${seconds.toFixed(1)} s for ${syllables} characters is not plausible speech`;
  }
  return null;
}
