// Functions the journeys run in the page. Each is self-contained: it is sent to the browser as source.

export type Frame = {
  styled: boolean;
  attributes: { mode: string | null; size: string | null; theme: string | null };
  background: string;
  text: string | null;
  fontSize: number | null;
  lineHeight: number | null;
  hydrated: boolean;
};

/**
 * Run before the page's scripts: samples the page at each of its first animation frames, which run just before
 * the browser paints them, until the first frame that has a paragraph of the text, and keeps what each showed. A
 * frame before the page's stylesheet applies is marked unstyled (browsers do not paint while it loads).
 */
export function recordFirstFrames() {
  const frames: Frame[] = [];
  (window as unknown as { firstFrames: Frame[] }).firstFrames = frames;
  const sample = () => {
    const root = document.documentElement;
    const paragraph = document.querySelector('p[data-paragraph]');
    const style = paragraph ? getComputedStyle(paragraph) : null;
    const main = document.querySelector('main');
    frames.push({
      styled: getComputedStyle(root).getPropertyValue('--font-body').trim() !== '',
      attributes: { mode: root.getAttribute('data-mode'), size: root.getAttribute('data-size'), theme: root.getAttribute('data-theme') },
      background: getComputedStyle(document.body ?? root).backgroundColor,
      text: style?.color ?? null,
      fontSize: style ? parseFloat(style.fontSize) : null,
      lineHeight: style ? parseFloat(style.lineHeight) / parseFloat(style.fontSize) : null,
      // React marks the nodes it has hydrated: none yet means the state is the head script's and the CSS's alone.
      hydrated: !!main && Object.keys(main).some((key) => key.startsWith('__react')),
    });
    if (!paragraph && frames.length < 1000) requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
}

export const firstFrames = () => (window as unknown as { firstFrames?: Frame[] }).firstFrames ?? null;

/** The share of a PNG's pixels in each of the given colours (within 24 of each channel), decoded by the browser. */
export async function paintedShares(base64: string, colours: Record<string, [number, number, number]>) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
  const counts: Record<string, number> = Object.fromEntries(Object.keys(colours).map((name) => [name, 0]));
  for (let i = 0; i < data.length; i += 4) {
    for (const [name, [r, g, b]] of Object.entries(colours)) {
      if (Math.abs(data[i] - r) <= 24 && Math.abs(data[i + 1] - g) <= 24 && Math.abs(data[i + 2] - b) <= 24) counts[name]++;
    }
  }
  const pixels = data.length / 4;
  return { width: bitmap.width, height: bitmap.height, shares: Object.fromEntries(Object.entries(counts).map(([name, n]) => [name, n / pixels])) };
}

/** A native popover's state: open, and where it is painted on top (the element at its centre is inside it). */
export function popoverState(id: string) {
  const popover = document.getElementById(id)!;
  const open = popover.matches(':popover-open');
  const box = popover.getBoundingClientRect();
  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 20));
  return {
    open,
    onTop: open && !!hit && popover.contains(hit),
    inView: box.top >= 0 && box.left >= 0 && box.right <= innerWidth + 1 && box.width > 0,
    text: popover.textContent ?? '',
    focused: document.activeElement?.getAttribute('popovertarget') ?? document.activeElement?.id ?? null,
  };
}

/** Keeps the kind of pointer the last press came from (touch, mouse), as the page sees it. */
export function watchPointer() {
  window.addEventListener('pointerdown', (event) => ((window as unknown as { lastPointer: string }).lastPointer = event.pointerType), true);
}

export const lastPointer = () => (window as unknown as { lastPointer?: string }).lastPointer ?? null;

/** The glossary term's button and the popover it opens, by the term's text. */
export function glossaryTerm(term: string) {
  const button = [...document.querySelectorAll('button[popovertarget]')].find((b) => b.textContent?.trim() === term);
  return button ? button.getAttribute('popovertarget') : null;
}

export function focusTerm(term: string) {
  const button = [...document.querySelectorAll<HTMLButtonElement>('button[popovertarget]')].find((b) => b.textContent?.trim() === term)!;
  button.scrollIntoView({ block: 'center' });
  button.focus();
  return document.activeElement === button;
}

export type Reading = { section: string | null; block: string; sentence: string | null; inBlock: boolean };

/**
 * Keeps what read-aloud shows while it reads, in this document (连读 moves on by client-side navigation, so it
 * survives): each time a block is marked as being read, its section (the page's article, not the address, which
 * changes before the page does), the block and the highlighted sentence.
 */
export function recordReading() {
  const seen: Reading[] = [];
  (window as unknown as { readingSeen: Reading[] }).readingSeen = seen;
  const note = () => {
    const block = document.querySelector('[data-reading]');
    if (!block) return;
    const highlights = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    const range = highlights?.get('read-aloud-sentence')?.values().next().value;
    const sentence = range ? range.toString() : null;
    const section = block.closest('[data-section-id]')?.getAttribute('data-section-id') ?? null;
    const last = seen[seen.length - 1];
    if (last && last.block === block.id && last.sentence === sentence && last.section === section) return;
    seen.push({ section, block: block.id, sentence, inBlock: !!range && block.contains(range.commonAncestorContainer) });
  };
  new MutationObserver(note).observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['data-reading'] });
  // The sentence changes within a block without a new attribute: look at each frame too.
  const everyFrame = () => {
    note();
    requestAnimationFrame(everyFrame);
  };
  requestAnimationFrame(everyFrame);
}

export const readingSeen = () => (window as unknown as { readingSeen?: Reading[] }).readingSeen ?? null;

/** What the fake voice (e2e/support/fake-speech.ts) was given, in order. */
export const fakeSpoken = () =>
  (window as unknown as { fakeSpeech?: { state: { spoken: { text: string }[] } } }).fakeSpeech?.state.spoken.map((s) => s.text) ?? null;

/** The player's status line and the recordings' <audio>, where the offline recordings read. */
export function playerState() {
  const status = document.querySelector('[data-player-bar] [role="status"]')?.textContent ?? null;
  const audio = document.querySelector<HTMLAudioElement>('audio[data-read-aloud]');
  return { status, audio: audio ? { src: audio.src, played: audio.played.length > 0, error: audio.error?.code ?? null } : null };
}

/** Where the page is, once it has loaded there (a click on a link has only begun the navigation). */
export const loadedAt = () => (document.readyState === 'complete' ? location.pathname + location.hash : null);

export const heading = () => document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

/** Whether a service worker controls the page, and where its registration is (for the message when none does). */
export async function serviceWorkerState() {
  const registration = await navigator.serviceWorker.getRegistration();
  return {
    controls: !!navigator.serviceWorker.controller,
    installing: registration?.installing?.state ?? null,
    waiting: registration?.waiting?.state ?? null,
    active: registration?.active?.state ?? null,
  };
}

export const hasServiceWorker = () => 'serviceWorker' in navigator;
