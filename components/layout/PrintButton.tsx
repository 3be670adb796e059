'use client';

import { useTranslations } from 'next-intl';

/** 打印: the page as it is shown (简明版, 原文 or both), in large type on paper, with its address and QR code at the end. */
export function PrintButton() {
  const t = useTranslations('Print');
  return (
    <button type="button" className="control needs-js" onClick={() => window.print()}>
      {t('button')}
    </button>
  );
}
