'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { Bundle, SavedDocument } from '@/lib/offline/offline-manifest';
import { editionKey } from '@/lib/offline/offline-manifest';
import { askWorker, formatSize, offlineManifest, offlineSupported, savedDocuments } from '@/lib/offline/saving';
import styles from './SaveForOffline.module.css';

type Props = Omit<SavedDocument, 'audio'>;
type Sizes = { pages: Bundle; audio: Bundle };
type Progress = { done: number; total: number };

/**
 * 「保存到手机，没网也能看」 on a document's cover: every page of the document in this language and mode, and if the
 * reader chooses, its read-aloud recordings, with the download size said first and progress while saving. Shown
 * once the sizes are known (the section is the last thing on the page: nothing moves). Where the browser has no
 * service worker (WeChat on an iPhone, pages in most in-app browsers), it says so and what to do instead.
 */
export function SaveForOffline(document: Props) {
  const t = useTranslations('Offline');
  const [sizes, setSizes] = useState<Sizes | null>(null);
  const [saved, setSaved] = useState<SavedDocument | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [message, setMessage] = useState('');
  const [unsupported, setUnsupported] = useState(false);
  const { doc, locale, mode } = document;

  useEffect(() => {
    // Known only in the browser: the prerendered page says nothing until then.
    if (!offlineSupported()) {
      setUnsupported(true);
      return;
    }
    let live = true;
    void Promise.all([offlineManifest(), savedDocuments()])
      .then(([manifest, list]) => {
        const entry = manifest.documents[doc];
        const pages = entry?.editions[editionKey({ locale, mode })];
        if (!live || !entry || !pages) return;
        setSizes({ pages, audio: entry.audio });
        setSaved(list.find((other) => other.doc === doc && editionKey(other) === editionKey({ locale, mode })) ?? null);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [doc, locale, mode]);

  if (unsupported) {
    return (
      <section className={styles.save} aria-labelledby="save-for-offline">
        <h2 id="save-for-offline">{t('saveHeading')}</h2>
        <p>{t('unsupported')}</p>
      </section>
    );
  }
  if (!sizes) return null;

  const save = async (audio: boolean) => {
    const entry = { ...document, audio };
    setMessage('');
    setProgress({ done: 0, total: 0 });
    try {
      await askWorker('save', entry, (done, total) => setProgress({ done, total }));
      setSaved(entry);
      setMessage(t(audio ? 'savedWithAudio' : 'saved'));
    } catch (error) {
      const reason = String(error);
      setMessage(t(reason.includes('updated') ? 'updated' : reason.includes('storage full') ? 'full' : 'failed'));
    } finally {
      setProgress(null);
    }
  };
  const remove = async () => {
    if (!saved) return;
    try {
      await askWorker('remove', saved);
      setSaved(null);
      setMessage(t('removed'));
    } catch {
      setMessage(t('failed'));
    }
  };
  const busy = progress !== null;

  return (
    <section className={styles.save} aria-labelledby="save-for-offline">
      <h2 id="save-for-offline">{t('saveHeading')}</h2>
      <p>{t('saveIntro')}</p>
      <div className={styles.actions}>
        {!saved && (
          <>
            <button type="button" className="control control-primary" disabled={busy} onClick={() => void save(false)}>
              {t('save', { size: formatSize(sizes.pages.bytes) })}
            </button>
            <button type="button" className="control" disabled={busy} onClick={() => void save(true)}>
              {t('saveWithAudio', { size: formatSize(sizes.pages.bytes + sizes.audio.bytes) })}
            </button>
          </>
        )}
        {saved && !saved.audio && (
          <button type="button" className="control" disabled={busy} onClick={() => void save(true)}>
            {t('addAudio', { size: formatSize(sizes.audio.bytes) })}
          </button>
        )}
        {saved && (
          <button type="button" className="control" disabled={busy} onClick={() => void remove()}>
            {t('remove')}
          </button>
        )}
      </div>
      {progress && progress.total > 0 && (
        <div className={styles.progress}>
          <progress value={progress.done} max={progress.total} aria-label={t('progress')} />
          <span>{t('saving', progress)}</span>
        </div>
      )}
      <p className={styles.message} role="status">
        {message}
      </p>
    </section>
  );
}
