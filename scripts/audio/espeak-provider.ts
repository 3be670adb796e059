import type { SpeechProvider } from './provider';

type Worker = {
  set_voice(name: string): void;
  synthesize(text: string, callback: (samples: Int16Array, events: unknown[]) => number): void;
  samplerate: number;
};

/**
 * eSpeak NG compiled to WebAssembly (@echogarden/espeak-ng-emscripten, GPL-3.0). It runs only here, in the
 * build: it is never imported by the app, so none of it reaches a page.
 */
export async function espeakProvider(): Promise<SpeechProvider> {
  // @ts-expect-error the package ships no type declarations
  const module = await (await import('@echogarden/espeak-ng-emscripten')).default();
  const worker: Worker = new module.eSpeakNGWorker();
  worker.set_voice('cmn');
  return {
    id: 'espeak-ng-cmn-v1',
    async synthesize(text) {
      const chunks: Int16Array[] = [];
      worker.synthesize(text, (samples) => {
        chunks.push(new Int16Array(samples));
        return 0; // a truthy return would abort synthesis
      });
      const length = chunks.reduce((sum, c) => sum + c.length, 0);
      const samples = new Float32Array(length);
      let offset = 0;
      for (const chunk of chunks) {
        for (let i = 0; i < chunk.length; i++) samples[offset + i] = chunk[i] / 32768;
        offset += chunk.length;
      }
      return { samples, sampleRate: worker.samplerate || 22050 };
    },
  };
}
