'use client';

import { loadWhenIdle } from './load-when-idle';

export const BackToTopWhenIdle = loadWhenIdle(() => import('./BackToTop').then((module) => module.BackToTop));
