import { getTranslations } from 'next-intl/server';
import { routes, type RouteContext } from '@/lib/routes';
import styles from './Search.module.css';

/**
 * A large search box with a visible label: a plain form to the search page (`?q=`), so it works from any page, can
 * be shared and comes back with the browser's back button. `enterkeyhint` gives the phone keyboard a 搜索 key, and
 * the keyboard's microphone can fill it.
 */
export async function SearchForm({ at, query = '' }: { at: RouteContext; query?: string }) {
  const t = await getTranslations('Search');
  return (
    <form className={styles.form} role="search" action={routes.search(at)} method="get" data-search-form>
      <label className={styles.label} htmlFor="search-query">
        {t('label')}
      </label>
      <div className={styles.row}>
        <input
          id="search-query"
          className={styles.input}
          type="search"
          name="q"
          enterKeyHint="search"
          autoComplete="off"
          defaultValue={query}
        />
        <button type="submit" className="control control-primary">
          {t('button')}
        </button>
      </div>
    </form>
  );
}
