/**
 * The sentence being read aloud, for what follows it (大字幕, the 阅读尺 and 十字线, 接着读's place): an event on
 * document each time it changes, and the one being read now for what starts listening after reading began
 * (大字幕 and the reading guides load their code only once turned on, and a reader may press 朗读 first).
 */
export const READING_POSITION = 'reading-position';
export type ReadingPosition = { x: number; y: number; text: string };

let current: ReadingPosition | null = null;

export const readingNow = () => current;

/** Says where reading is now, or that it stopped (null: no event, nothing follows a reading that ended). */
export function announceReading(position: ReadingPosition | null) {
  current = position;
  if (position) document.dispatchEvent(new CustomEvent<ReadingPosition>(READING_POSITION, { detail: position }));
}
