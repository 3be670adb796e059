// Generates the offline Mandarin audio: one MP3 per utterance the reader can speak, and a manifest
// mapping each utterance's text to its file. Incremental: files are named by a hash of what is said
// and how, so only new or changed utterances are synthesized. Fails, naming the utterance, rather
// than ship a silent or missing piece. Run by `npm run build` (prebuild); `AUDIO=skip` skips it.
import fs from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'next-intl';
import { allAidConfirmations } from '@/lib/aids/confirmations';
import { messages } from '@/lib/i18n/messages';
import { spokenTexts } from '@/lib/read-aloud/spoken-texts';
import { documents, editionOf } from '@/lib/library';
import { AUDIO_DIR, MANIFEST_FILE, type AudioManifest } from '@/lib/speech/audio-manifest';
import { planAudio, traditionalAliases } from './audio/audio-plan';
import { checkSpeech } from './audio/check-speech';
import { mp3Encoder } from './audio/encode-mp3';
import { espeakProvider } from './audio/espeak-provider';
import type { SpeechProvider } from './audio/provider';

/** What the reader can say in one script: every document's texts, then the aids' spoken confirmations. */
function sayable(locale: 'zh-CN' | 'zh-Hant') {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'Aids' });
  return [...documents().flatMap((document) => spokenTexts(editionOf(document, locale))), ...allAidConfirmations(t)];
}

export async function generateAudio(publicDir: string, provider: SpeechProvider, log = console.log) {
  const started = Date.now();
  const original = sayable('zh-CN');
  const plan = planAudio(original, provider.id);
  const aliases = traditionalAliases(original, sayable('zh-Hant'));
  const dir = path.join(publicDir, AUDIO_DIR);
  fs.mkdirSync(dir, { recursive: true });
  const manifestPath = path.join(publicDir, MANIFEST_FILE);
  const previous: AudioManifest | null = fs.existsSync(manifestPath) ? JSON.parse(fs.readFileSync(manifestPath, 'utf8')) : null;
  const knownSeconds = new Map(Object.values(previous?.utterances ?? {}).map((u) => [u.file, u.seconds]));
  const encode = await mp3Encoder();

  const manifest: AudioManifest = { provider: provider.id, utterances: {} };
  let made = 0;
  for (const item of plan) {
    const file = path.join(dir, item.file);
    let seconds = knownSeconds.get(item.file);
    if (seconds === undefined || !fs.existsSync(file)) {
      let audio: Awaited<ReturnType<SpeechProvider['synthesize']>>;
      try {
        audio = await provider.synthesize(item.spoken);
      } catch (error) {
        throw new Error(`Audio generation failed for 「${item.text}」: ${error instanceof Error ? error.message : error}`);
      }
      const problem = checkSpeech(item.spoken, audio.samples, audio.sampleRate);
      if (problem) throw new Error(`Audio generation failed for 「${item.text}」: ${problem}`);
      fs.writeFileSync(file, encode(audio.samples, audio.sampleRate));
      seconds = Math.round((audio.samples.length / audio.sampleRate) * 100) / 100;
      made++;
    }
    manifest.utterances[item.text] = { file: item.file, seconds };
  }
  for (const [traditional, text] of aliases) manifest.utterances[traditional] = manifest.utterances[text];
  // Files no utterance uses any more are removed, so the folder holds exactly what the manifest names.
  const used = new Set(plan.map((p) => p.file));
  for (const name of fs.readdirSync(dir)) if (!used.has(name)) fs.rmSync(path.join(dir, name));
  fs.writeFileSync(manifestPath, JSON.stringify(manifest));

  const bytes = plan.reduce((sum, p) => sum + fs.statSync(path.join(dir, p.file)).size, 0);
  const total = Object.values(manifest.utterances).reduce((sum, u) => sum + u.seconds, 0);
  log(
    `audio: ${plan.length} utterances (${made} synthesized, ${plan.length - made} reused), ` +
      `${(total / 60).toFixed(1)} min, ${(bytes / 1e6).toFixed(2)} MB, ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return { manifest, bytes, made };
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  if (process.env.AUDIO === 'skip') {
    console.log('audio: skipped (AUDIO=skip)');
  } else {
    generateAudio(path.join(process.cwd(), 'public'), await espeakProvider()).catch((error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
  }
}
