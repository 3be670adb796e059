'use client';

import { loadWhenIdle } from '@/components/layout/load-when-idle';

export const ServiceWorkerRegistrationWhenIdle = loadWhenIdle(() =>
  import('./ServiceWorkerRegistration').then((module) => module.ServiceWorkerRegistration),
);
