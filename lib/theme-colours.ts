import fs from 'node:fs';
import path from 'node:path';

type Token = '--color-background' | '--color-text' | '--color-text-secondary' | '--color-button-background' | '--color-button-text';

/**
 * A colour of the default theme, read from app/styles/tokens.css at build, for what cannot use CSS: the web app
 * manifest, the home-screen icon and the link card. One source of truth for the brand colour.
 */
export function themeColour(token: Token): string {
  const css = fs.readFileSync(path.join(process.cwd(), 'app/styles/tokens.css'), 'utf8');
  const root = css.slice(css.indexOf(':root {'));
  const value = root.match(new RegExp(`${token}:\\s*(#[0-9a-fA-F]{3,8})`))?.[1];
  if (!value) throw new Error(`app/styles/tokens.css: no ${token} in the default theme`);
  return value;
}
