'use client';

import { useEffect } from 'react';
import { pressedShortcut } from '@/lib/aids/shortcuts';

/**
 * The one listener for Alt+Shift+digit: it presses the control that names the shortcut in
 * aria-keyshortcuts, so a shortcut does exactly what that button does, confirmation included.
 */
export function KeyboardShortcuts() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const shortcut = pressedShortcut(event);
      if (!shortcut || event.repeat) return;
      const controls = document.querySelectorAll<HTMLElement>(`[aria-keyshortcuts="${shortcut}"]`);
      const control = controls[controls.length - 1];
      if (!control) return;
      event.preventDefault();
      control.click();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return null;
}
