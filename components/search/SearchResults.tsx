'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { readBlockWithMarks } from '@/lib/read-aloud/read-block';
import { expandQuery } from '@/lib/search/expand-query';
import { excerptPieces, runSearch, type Found, type Pagefind } from '@/lib/search/run-search';
import { suggestions } from '@/lib/search/suggest';
import type { Synonyms } from '@/lib/search/synonyms';
import styles from './Search.module.css';

type Way = { title: string; contents: string; glossary?: string };

type Props = {
  /** The URL prefix of the reader's language and mode, e.g. /zh-CN or /zh-CN/large. */
  prefix: string;
  localePrefix: string;
  synonyms: Synonyms;
  /** Words the library knows, for 「您是不是要找」. */
  vocabulary: string[];
  ways: Way[];
  /** Each document's and section's title in the reader's language and script, by `<doc>/<section>`. */
  titles: Record<string, { document: string; section: string }>;
};

type State = { status: 'idle' | 'searching' | 'done' | 'offline' | 'failed'; query: string; found: Found[] };

// Pagefind's code and index load only when a search runs, from the site's own /pagefind/ (built with the site).
let pagefind: Promise<Pagefind> | null = null;
const loadPagefind = () => (pagefind ??= import(/* turbopackIgnore: true */ /* webpackIgnore: true */ '/pagefind/pagefind.js' as string));

/**
 * Results for the words in the address (?q=): each names its document and section, shows the sentence that matched
 * with the words marked (bold and underlined, not by colour alone), leads to that paragraph and can be read aloud.
 * A search from the box stays on the page (the address changes, and the back button returns to it).
 */
export function SearchResults({ prefix, localePrefix, synonyms, vocabulary, ways, titles }: Props) {
  const t = useTranslations('Search');
  const [state, setState] = useState<State>({ status: 'idle', query: '', found: [] });

  useEffect(() => {
    let current = 0;
    const search = async (query: string) => {
      const run = ++current;
      if (!query.trim()) return setState({ status: 'idle', query, found: [] });
      setState({ status: 'searching', query, found: [] });
      try {
        const found = await runSearch(await loadPagefind(), expandQuery(query, synonyms), localePrefix);
        if (run === current) setState({ status: 'done', query, found });
      } catch {
        pagefind = null;
        if (run === current) setState({ status: navigator.onLine ? 'failed' : 'offline', query, found: [] });
      }
    };
    const fromAddress = () => {
      const query = new URLSearchParams(location.search).get('q') ?? '';
      const input = document.querySelector<HTMLInputElement>('[data-search-form] input[name="q"]');
      // The box shows the address's question (after back, too), but a reader who began typing before this
      // code arrived keeps their words when the address has none.
      if (input && (query || document.activeElement !== input)) input.value = query;
      void search(query);
    };
    const onSubmit = (event: SubmitEvent) => {
      const form = (event.target as Element).closest('[data-search-form]');
      if (!form) return;
      event.preventDefault();
      const query = new FormData(form as HTMLFormElement).get('q')?.toString() ?? '';
      history.pushState(null, '', `${location.pathname}?q=${encodeURIComponent(query)}`);
      void search(query);
    };
    fromAddress();
    window.addEventListener('popstate', fromAddress);
    document.addEventListener('submit', onSubmit);
    return () => {
      window.removeEventListener('popstate', fromAddress);
      document.removeEventListener('submit', onSubmit);
    };
  }, [synonyms, localePrefix]);

  const { status, query, found } = state;
  // Document and section names are the report's own, in Chinese whatever the interface language.
  const reportLang = localePrefix === '/zh-Hant' ? 'zh-Hant' : 'zh-CN';
  // A document's long title is said once it tells results apart: on a phone it would take four lines a result.
  const manyDocuments = new Set(found.map((item) => item.place.split('/')[0])).size > 1;
  const offered = status === 'done' && found.length === 0 ? suggestions(query, vocabulary) : [];
  return (
    <section className={styles.results} aria-label={t('title')}>
      <p className={styles.status} role="status">
        {status === 'searching' && t('loading')}
        {status === 'done' && (found.length ? t('count', { count: found.length, query }) : t('none', { query }))}
        {status === 'offline' && t('offline')}
        {status === 'failed' && t('failed')}
      </p>
      {found.length > 0 && (
        <ol className={styles.list}>
          {found.map((item, index) => {
            // A passage found in the other script is named in the reader's own.
            const where = titles[item.place.split('#')[0]] ?? { document: item.document, section: item.title };
            return (
              <li key={item.place} className={styles.result}>
                <p className={styles.where}>
                  {manyDocuments && <><span lang={reportLang}>{where.document}</span> · </>}
                  <span lang={reportLang}>{where.section}</span> · <span>{t(`kinds.${item.kind}`)}</span>
                </p>
                <a className={styles.link} href={`${prefix}${item.url.slice(localePrefix.length)}`} lang={item.lang}>
                  {excerptPieces(item.excerpt).map((piece, i) =>
                    piece.marked ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>,
                  )}
                </a>
                <p id={`result-${index}`} className="visually-hidden" lang={item.lang} {...readBlockWithMarks(item.halfwidth)}>
                  {item.content}
                </p>
                <button type="button" className="control" data-read-only={`result-${index}`}>
                  <span aria-hidden="true">▶ </span>
                  {t('readThis')}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {status === 'done' && found.length === 0 && (
        <div className={styles.none}>
          {offered.length > 0 && (
            <p>
              {t('suggest')}
              {offered.map((word) => (
                <a key={word} className={styles.suggestion} href={`${location.pathname}?q=${encodeURIComponent(word)}`}>
                  {word}
                </a>
              ))}
            </p>
          )}
          <p>{t('waysOn')}</p>
          <ul className={styles.ways}>
            {ways.flatMap((way) => [
              <li key={way.contents}>
                <a href={way.contents}>{t('contents', { title: way.title })}</a>
              </li>,
              ...(way.glossary
                ? [
                    <li key={way.glossary}>
                      <a href={way.glossary}>{t('glossary', { title: way.title })}</a>
                    </li>,
                  ]
                : []),
            ])}
          </ul>
        </div>
      )}
    </section>
  );
}
