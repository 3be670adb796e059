import { parsePreferences, serializePreferences } from './cookie';
import {
  COOKIE_MAX_AGE_SECONDS,
  COOKIE_NAME,
  DEFAULT_PREFERENCES,
  VOICE_COOKIE_NAME,
  PREFERENCES,
  type PreferenceName,
  type Preferences,
} from './definitions';

/** The preferences now in effect, as the head script (or an earlier change) set them on <html>. */
export function appliedPreferences(): Preferences {
  const data = document.documentElement.dataset;
  const names = Object.keys(PREFERENCES) as PreferenceName[];
  return parsePreferences(new URLSearchParams(names.map((name) => [name, data[name] ?? ''])).toString());
}

/** Back to every default at once (全部重置), remembered like any other change. */
export function resetPreferences(): Preferences {
  let result = appliedPreferences();
  for (const name of Object.keys(DEFAULT_PREFERENCES) as PreferenceName[]) {
    if (name !== 'mode' || !document.querySelector('[data-page-mode="large"]')) {
      result = applyPreference(name, DEFAULT_PREFERENCES[name]);
    }
  }
  return result;
}

/**
 * Applies one preference at once and remembers it. Writing the cookie may fail (cookies blocked, sandboxed
 * frames, privacy modes): the change then lasts for this page only, and nothing breaks.
 */
export function applyPreference<K extends PreferenceName>(name: K, value: Preferences[K]): Preferences {
  const next = { ...appliedPreferences(), [name]: value };
  document.documentElement.setAttribute(`data-${name}`, value);
  try {
    const secure = location.protocol === 'https:' ? '; Secure' : '';
    document.cookie = `${COOKIE_NAME}=${serializePreferences(next)}; Path=/; Max-Age=${COOKIE_MAX_AGE_SECONDS}; SameSite=Lax${secure}`;
  } catch {
    // Cookie storage refused: the preference still applies to this page.
  }
  return next;
}

/** The system voice the listener chose last time, if any. */
export function savedVoice(): string | undefined {
  try {
    const match = document.cookie.match(new RegExp(`(?:^|;\\s*)${VOICE_COOKIE_NAME}=([^;]*)`));
    return match ? decodeURIComponent(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

export function saveVoice(id: string) {
  try {
    document.cookie = `${VOICE_COOKIE_NAME}=${encodeURIComponent(id)}; Path=/; Max-Age=${COOKIE_MAX_AGE_SECONDS}; SameSite=Lax`;
  } catch {
    // Cookie storage refused: the choice lasts for this page.
  }
}
