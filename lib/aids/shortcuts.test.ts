import { describe, expect, it } from 'vitest';
import { keyShortcut, pressedShortcut, SHORTCUTS } from './shortcuts';

const press = (code: string, mods: Partial<Record<'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey', boolean>>) =>
  pressedShortcut({ altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, code, ...mods });

describe('keyboard shortcuts', () => {
  it('answers to Alt+Shift+digit only', () => {
    expect(press('Digit1', { altKey: true, shiftKey: true })).toBe('Alt+Shift+1');
    expect(press('Numpad0', { altKey: true, shiftKey: true })).toBe('Alt+Shift+0');
    expect(press('Digit1', { altKey: true })).toBeNull();
    expect(press('Digit1', { shiftKey: true })).toBeNull();
    expect(press('Digit1', { altKey: true, shiftKey: true, ctrlKey: true })).toBeNull();
    expect(press('Digit1', { altKey: true, shiftKey: true, metaKey: true })).toBeNull();
    expect(press('KeyT', { altKey: true, shiftKey: true })).toBeNull();
  });

  it('gives every aid its own key', () => {
    const digits = Object.values(SHORTCUTS);
    expect(new Set(digits).size).toBe(digits.length);
    expect(keyShortcut('cursor')).toBe('Alt+Shift+1');
  });
});
