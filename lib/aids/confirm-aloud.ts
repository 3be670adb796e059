/**
 * A change of setting is confirmed in words on screen and, through role="status", to screen readers.
 * When read-aloud is on, the player says it too (「十字线已开启」), so a listener who is not looking at the
 * screen knows the key did something. The toolbars send the words here; the player, if open, listens.
 */
const EVENT = 'reader-confirm-aloud';

export function confirmAloud(text: string) {
  document.dispatchEvent(new CustomEvent(EVENT, { detail: text }));
}

export function onConfirmAloud(listener: (text: string) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<string>).detail);
  document.addEventListener(EVENT, handler);
  return () => document.removeEventListener(EVENT, handler);
}
