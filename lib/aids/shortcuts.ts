/**
 * Keyboard shortcuts: Alt+Shift+digit. Browsers and screen readers leave these alone: NVDA and JAWS use
 * Insert or Caps Lock, VoiceOver Control+Option, browsers Ctrl/Cmd and Alt+letter; Windows switches input
 * language on Alt+Shift alone, which a digit cancels. Each control names its shortcut in
 * aria-keyshortcuts, so screen readers announce it, and the one listener presses that control.
 */
export const SHORTCUTS = {
  cursor: '1',
  crosshair: '2',
  ruler: '3',
  captions: '4',
  plain: '5',
  mode: '6',
  larger: '7',
  smaller: '8',
  read: '9',
  help: '0',
} as const;

export type ShortcutName = keyof typeof SHORTCUTS;

export const keyShortcut = (name: ShortcutName) => `Alt+Shift+${SHORTCUTS[name]}`;

/** The aria-keyshortcuts value a key press stands for, or null when it is not one of ours. */
export function pressedShortcut(event: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code'>) {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  // `code`, not `key`: Shift changes the character a digit types (and Option on a Mac changes it again).
  const digit = /^(?:Digit|Numpad)(\d)$/.exec(event.code)?.[1];
  return digit && Object.values(SHORTCUTS).includes(digit as never) ? `Alt+Shift+${digit}` : null;
}
