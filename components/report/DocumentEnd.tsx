import { getTranslations } from 'next-intl/server';
import type { Report } from '@/lib/content/load-report';
import { PublishedLine } from './PublishedLine';
import styles from './DocumentEnd.module.css';

/**
 * What follows the last section as published: attachments (附件), then the closing (issuer, date, 「(此件公开发布)」),
 * then the 版记 (抄送, 印发), kept left-aligned so magnifier users find them.
 */
export async function DocumentEnd({ report, lang }: { report: Report; lang: string }) {
  const t = await getTranslations('Report');
  const { attachments = [], closing = {}, imprint = [] } = report;
  const closingLines = [
    ...(['issuer', 'date', 'disclosure'] as const).flatMap((name) => {
      const value = closing[name];
      return value ? [{ id: `closing-${name}`, value: typeof value === 'string' ? { text: value } : value }] : [];
    }),
    ...(closing.remarks ?? []).map((text, index) => ({ id: `closing-remark-${index + 1}`, value: { text } })),
  ];
  return (
    <>
      {attachments.length > 0 && (
        <section className={styles.attachments} aria-label={t('attachments')} lang={lang}>
          {attachments.map((text, index) => (
            <PublishedLine key={text} id={`attachment-${index + 1}`} value={{ text }} lang={lang} />
          ))}
        </section>
      )}
      {closingLines.length > 0 && (
        <section className={styles.closing} aria-label={t('closing')} lang={lang}>
          {closingLines.map((line) => (
            <PublishedLine key={line.id} id={line.id} value={line.value} lang={lang} />
          ))}
        </section>
      )}
      {imprint.length > 0 && (
        <section className={styles.imprint} aria-label={t('imprint')} lang={lang}>
          {imprint.map((text, index) => (
            <PublishedLine key={index} id={`imprint-${index + 1}`} value={{ text }} lang={lang} />
          ))}
        </section>
      )}
    </>
  );
}
