import { themeColour } from '@/lib/theme-colours';

/** The link card: the size chat apps and social sites show best, and its colours by role (the default light theme). */
export const CARD_SIZE = { width: 1200, height: 630 };

/** Read from the tokens when a card is drawn (at build), so the card changes with the theme. */
export const cardColours = () => ({
  background: themeColour('--color-background'),
  band: themeColour('--color-button-background'),
  bandText: themeColour('--color-button-text'),
  text: themeColour('--color-text'),
  secondary: themeColour('--color-text-secondary'),
});

/** Where a document's card is, in one language. */
export const cardPath = (locale: string, doc: string) => `/og/${locale}/${doc}.png`;
