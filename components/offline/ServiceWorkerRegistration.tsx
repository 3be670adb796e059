'use client';

import { useEffect } from 'react';
import { offlineSupported } from '@/lib/offline/saving';

/**
 * Registers the service worker (public/sw.js, made at build) once the page has loaded, so it never competes with
 * the first visit's own downloads. From then on, pages opened here open again with no signal.
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (!offlineSupported()) return;
    const register = () => void navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
    return () => window.removeEventListener('load', register);
  }, []);
  return null;
}
