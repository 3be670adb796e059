'use client';

import { useTranslations } from 'next-intl';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { confirmAloud } from '@/lib/aids/confirm-aloud';
import styles from './ShareControl.module.css';

type Props = { url: string; qrSrc: string; title: string };

/**
 * 分享: the phone's own share sheet where the browser has one (WeChat, messages, mail), otherwise a large panel with
 * the link, 复制链接 and the page's QR code for a family member to scan from the screen. The panel pushes the page
 * down rather than covering it, closes with Esc or 关闭 and gives focus back to 分享.
 */
export function ShareControl({ url, qrSrc, title }: Props) {
  const t = useTranslations('Share');
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const link = useRef<HTMLAnchorElement>(null);
  const panelId = useId();

  const say = (text: string) => {
    setMessage(text);
    confirmAloud(text);
  };

  async function share() {
    if (open) return close();
    if (navigator.share) {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        // The reader closed the sheet: nothing to do. Any other failure falls back to the panel.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    setMessage('');
    setOpen(true);
  }

  function close() {
    setOpen(false);
    button.current?.focus();
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      say(t('copied'));
    } catch {
      // No clipboard (an insecure page, an old browser): select the link so a long press copies it.
      const selection = window.getSelection();
      if (selection && link.current) selection.selectAllChildren(link.current);
      say(t('copyFailed'));
    }
  }

  const onKeyDown = (event: KeyboardEvent) => event.key === 'Escape' && open && close();

  return (
    <div className={`${styles.share} needs-js`} onKeyDown={onKeyDown}>
      <button ref={button} type="button" className="control" aria-expanded={open} aria-controls={panelId} onClick={share}>
        {t('button')}
      </button>
      <section id={panelId} className={styles.panel} aria-label={t('panel')} hidden={!open} onKeyDown={onKeyDown}>
        <p className={styles.label}>{t('link')}</p>
        <p className={styles.url}>
          <a ref={link} href={url}>
            {url}
          </a>
        </p>
        <button type="button" className="control control-primary" onClick={copy}>
          {t('copy')}
        </button>
        <p className="control-status" role="status">
          {message}
        </p>
        {open && <img className={styles.qr} src={qrSrc} alt={t('qr')} width={240} height={240} />}
        <p>{t('qrHint')}</p>
        <button type="button" className="control" onClick={close}>
          {t('close')}
        </button>
      </section>
    </div>
  );
}
