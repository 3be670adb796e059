// Time from pressing 朗读本节 to the first speak() call (system voice, scripted fake) and to the first
// offline recording playing (speechSynthesis removed), in real Chromium.
import { chromium } from 'playwright';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function measure(url, withSpeech) {
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--autoplay-policy=no-user-gesture-required'] });
  const page = await browser.newPage();
  await page.addInitScript((speech) => {
    const w = window;
    w.benchMarks = {};
    document.addEventListener('click', () => (w.benchMarks.press ??= performance.now()), true);
    if (!speech) {
      Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
      document.addEventListener('playing', () => (w.benchMarks.sound ??= performance.now()), true);
      return;
    }
    const voices = [{ voiceURI: 'zh', name: 'zh', lang: 'zh-CN', localService: true }];
    const synth = {
      getVoices: () => voices,
      speak(u) {
        w.benchMarks.sound ??= performance.now();
        setTimeout(() => u.onstart?.({}), 5);
      },
      cancel() {},
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: class { constructor(text) { this.text = text; } },
      configurable: true,
    });
  }, withSpeech);
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', { name: '朗读本节' }).click();
  await page.waitForFunction(() => window.benchMarks.sound !== undefined, null, { timeout: 10_000 });
  const { press, sound } = await page.evaluate(() => window.benchMarks);
  await browser.close();
  return sound - press;
}

export async function readAloudTimings(base) {
  const url = `${base}/zh-CN/jinnan-fazhi-2024/section/business-environment`;
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const system = [];
  const offline = [];
  for (let i = 0; i < 3; i++) {
    system.push(await measure(url, true));
    offline.push(await measure(url, false));
  }
  return { system: median(system), offline: median(offline) };
}
