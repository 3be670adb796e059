import type { Page } from '@playwright/test';

/** The search page's results: a region named by the page's own word for search. */
export const searchResults = (page: Page, name = '搜索') => page.getByRole('region', { name, exact: true });

/** Its count or its "nothing found", announced (role=status); the player has a status of its own. */
export const searchStatus = (page: Page, name = '搜索') => searchResults(page, name).getByRole('status');
