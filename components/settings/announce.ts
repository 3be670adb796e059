'use client';

import { createContext, useContext } from 'react';

/**
 * Every change made in the settings is confirmed in words, in one status line under the header that stays
 * in view when the settings panel is closed (WCAG 4.1.3), and aloud while read-aloud is on.
 */
export const AnnounceContext = createContext<(message: string) => void>(() => {});

export const useAnnounce = () => useContext(AnnounceContext);
