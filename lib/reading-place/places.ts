import type { PageMode } from '@/lib/routes';

/**
 * 接着读: where the reader was in each document, kept on the device only (localStorage; nothing is sent anywhere,
 * unlike a cookie). Storage refused, full or broken: every function quietly does nothing and the feature is absent.
 */
export const PLACES_KEY = 'reader-places';

export type Place = {
  section: string;
  /** The paragraph at the top of the screen or being read; absent where only the plain summary showed. */
  paragraph?: string;
  /** Its number in the section, for 「第2段」. */
  n?: number;
  /** The section's title as the reader saw it. */
  title: string;
  mode: PageMode;
};

type Places = { last?: string; places: Record<string, Place> };

function read(): Places | null {
  try {
    const parsed = JSON.parse(localStorage.getItem(PLACES_KEY) ?? 'null') as Places | null;
    return parsed && typeof parsed.places === 'object' ? parsed : { places: {} };
  } catch {
    return null;
  }
}

/** The place in one document, or in the one read last. */
export function readPlace(doc?: string): { doc: string; place: Place } | null {
  const stored = read();
  const slug = doc ?? stored?.last;
  const place = slug ? stored?.places[slug] : undefined;
  return slug && place ? { doc: slug, place } : null;
}

export function savePlace(doc: string, place: Place) {
  const stored = read();
  if (!stored) return;
  try {
    localStorage.setItem(PLACES_KEY, JSON.stringify({ last: doc, places: { ...stored.places, [doc]: place } }));
  } catch {
    // Storage full or refused: this place is not kept, and nothing else changes.
  }
}

/** 全部重置 forgets every place too. */
export function clearPlaces() {
  try {
    localStorage.removeItem(PLACES_KEY);
  } catch {
    // Storage refused: there was nothing kept.
  }
}
