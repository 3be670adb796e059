import type { Preferences } from '../../lib/preferences/definitions';
import type { BrowserContext } from '@playwright/test';

export type SavedPreferences = Partial<Preferences>;

export const modes = ['standard', 'large'] as const;
export const themes = ['default', 'white', 'black', 'blue', 'yellow'] as const;

/** Saves preferences the way the reader does, as its cookie, so the next page load starts with them. */
export async function savePreferences(context: BrowserContext, baseURL: string, prefs: SavedPreferences) {
  const value = encodeURIComponent(new URLSearchParams(prefs as Record<string, string>).toString());
  await context.addCookies([{ name: 'reader-prefs', value, url: baseURL }]);
}

/** Every mode × theme, for tests that must hold in all of them. */
export const variants = modes.flatMap((mode) => themes.map((theme) => ({ mode, theme })));
