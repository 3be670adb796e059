/** The link card: the size chat apps and social sites show best, and its colours by role (the default light theme). */
export const CARD_SIZE = { width: 1200, height: 630 };

export const cardColours = {
  background: '#ffffff',
  band: '#0b4fa8',
  bandText: '#ffffff',
  text: '#1b1b1b',
  secondary: '#454545',
};

/** Where a document's card is, in one language. */
export const cardPath = (locale: string, doc: string) => `/og/${locale}/${doc}.png`;
