import type { PreferenceName } from './definitions';

/**
 * Calls `onChange` whenever a preference on <html> changes, whichever control changed it: a switch
 * must show what is in effect after 全部重置 too, not what was last pressed on it.
 */
export function watchPreference(name: PreferenceName, onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: [`data-${name}`] });
  return () => observer.disconnect();
}
