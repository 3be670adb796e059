import { getTranslations } from 'next-intl/server';
import { StaticMarkup } from '@/components/layout/StaticMarkup';
import { PREFERENCES } from '@/lib/preferences/definitions';
import styles from './ViewSwitch.module.css';

/**
 * 本节显示方式 on the whole-report page: the same three options as ViewSwitch, for one section. Sent as
 * static markup, as there are sixteen of them; SectionViewSwitches gives them all their behaviour from one
 * listener, and marks the pressed option once the page has started.
 */
export async function SectionViewSwitch({ sectionId }: { sectionId: string }) {
  const t = await getTranslations('View');
  return (
    <StaticMarkup as="div" className={styles.switch} data-print-hidden>
      <div role="group" aria-label={t('sectionLabel')} className={styles.options} data-view-for={sectionId}>
        {PREFERENCES.view.map((option) => (
          <button key={option} type="button" className={`control ${styles.option}`} data-value={option}>
            {t(option)}
          </button>
        ))}
      </div>
      <p role="status" className="control-status" />
    </StaticMarkup>
  );
}
