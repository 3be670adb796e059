import { useEffect, useState } from 'react';

/**
 * Whether any of these aids is switched on, following <html>'s data-* attribute as the head script and the toolbar
 * set it. Aids load their code only once this is true, so an aid that is off costs next to nothing.
 */
export function useAidOn(...aids: ('captions' | 'crosshair' | 'ruler')[]): boolean {
  const [on, setOn] = useState(false);
  const names = aids.join(' ');
  useEffect(() => {
    const root = document.documentElement;
    const list = names.split(' ');
    const update = () => setOn(list.some((name) => (root.dataset[name] ?? 'off') !== 'off'));
    update();
    const observer = new MutationObserver(update);
    observer.observe(root, { attributes: true, attributeFilter: list.map((name) => `data-${name}`) });
    return () => observer.disconnect();
  }, [names]);
  return on;
}
