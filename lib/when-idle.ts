/**
 * Runs `callback` once the browser has nothing more urgent to do after the page has loaded; returns a cancel.
 * Safari has no requestIdleCallback: there it runs half a second later. The timeout keeps a busy page from
 * postponing it for ever.
 */
export function whenIdle(callback: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(callback, { timeout: 3000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(callback, 500);
  return () => window.clearTimeout(id);
}
