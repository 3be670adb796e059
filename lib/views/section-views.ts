import { appliedPreferences } from '@/lib/preferences/client';
import type { Preferences } from '@/lib/preferences/definitions';

type View = Preferences['view'];

/** Marks a section's switch; its value is the id of the section it changes (components/summary/SectionViewSwitch). */
export const SECTION_SWITCH = 'data-view-for';

/**
 * Marks the pressed option of every section's switch on the whole-report page: the section's own choice,
 * or else the reader's remembered one. aria-pressed is both what a screen reader hears and what draws the
 * tick (ViewSwitch.module.css), so it must follow every change: the section's, the page-wide switch's
 * and 全部重置.
 */
export function markSectionSwitches() {
  const remembered = appliedPreferences().view;
  document.querySelectorAll<HTMLElement>(`[${SECTION_SWITCH}]`).forEach((group) => {
    const section = document.getElementById(group.getAttribute(SECTION_SWITCH) ?? '');
    const view = section?.getAttribute('data-section-view') ?? remembered;
    group.querySelectorAll<HTMLElement>('button[data-value]').forEach((option) => {
      option.setAttribute('aria-pressed', String(option.dataset.value === view));
    });
  });
}

/** Shows one section in `view`, in place, leaving the reader's remembered choice alone. */
export function showSection(sectionId: string, view: View) {
  document.getElementById(sectionId)?.setAttribute('data-section-view', view);
  markSectionSwitches();
}

/**
 * The page-wide switch was pressed: every section follows the remembered choice again (the switches are
 * marked when the preference changes, SectionViewSwitches).
 */
export function clearSectionViews() {
  document.querySelectorAll('[data-section-view]').forEach((section) => section.removeAttribute('data-section-view'));
}
