'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import type { Preferences } from '@/lib/preferences/definitions';
import { watchPreference } from '@/lib/preferences/watch';
import { markSectionSwitches, SECTION_SWITCH, showSection } from '@/lib/views/section-views';
import { VIEW_ANNOUNCEMENT } from '@/lib/views/view-announcement';

/** The behaviour of every 本节显示方式 switch on the page (SectionViewSwitch), from one listener. */
export function SectionViewSwitches() {
  const t = useTranslations('View');

  useEffect(() => {
    markSectionSwitches();
    const onClick = (event: MouseEvent) => {
      const option = (event.target as Element).closest<HTMLElement>(`[${SECTION_SWITCH}] button[data-value]`);
      const group = option?.closest(`[${SECTION_SWITCH}]`);
      if (!option || !group) return;
      const view = option.dataset.value as Preferences['view'];
      showSection(group.getAttribute(SECTION_SWITCH) ?? '', view);
      const status = group.parentElement?.querySelector('[role="status"]');
      if (status) status.textContent = t(VIEW_ANNOUNCEMENT[view]);
    };
    document.addEventListener('click', onClick);
    const stopWatching = watchPreference('view', markSectionSwitches);
    return () => {
      document.removeEventListener('click', onClick);
      stopWatching();
    };
  }, [t]);

  return null;
}
