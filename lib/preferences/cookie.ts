import { COOKIE_NAME, DEFAULT_PREFERENCES, PREFERENCES, type PreferenceName, type Preferences } from './definitions';

const names = Object.keys(PREFERENCES) as PreferenceName[];

function isValue<K extends PreferenceName>(name: K, value: string | null): value is Preferences[K] {
  return value !== null && (PREFERENCES[name] as readonly string[]).includes(value);
}

/** Reads the cookie's value; anything unknown or malformed falls back to the default, silently. */
export function parsePreferences(raw: string | undefined | null): Preferences {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(decodeURIComponent(raw ?? ''));
  } catch {
    return { ...DEFAULT_PREFERENCES };
  }
  const result = { ...DEFAULT_PREFERENCES };
  for (const name of names) {
    const value = params.get(name);
    if (isValue(name, value)) (result as Record<PreferenceName, string>)[name] = value;
  }
  return result;
}

export function serializePreferences(preferences: Preferences): string {
  return encodeURIComponent(new URLSearchParams(preferences).toString());
}

/** The value of our cookie inside a `document.cookie` string, if any. */
export function readCookie(cookieHeader: string): string | undefined {
  const prefix = `${COOKIE_NAME}=`;
  return cookieHeader
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(prefix))
    ?.slice(prefix.length);
}
