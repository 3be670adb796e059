import fs from 'node:fs';
import path from 'node:path';

/**
 * A colour of the default theme, read from app/styles/tokens.css at build, for what cannot use CSS: the web app
 * manifest and the home-screen icon. One source of truth for the brand colour.
 */
export function themeColour(token: '--color-button-background' | '--color-button-text' | '--color-background'): string {
  const css = fs.readFileSync(path.join(process.cwd(), 'app/styles/tokens.css'), 'utf8');
  const root = css.slice(css.indexOf(':root {'));
  const value = root.match(new RegExp(`${token}:\\s*(#[0-9a-fA-F]{3,8})`))?.[1];
  if (!value) throw new Error(`app/styles/tokens.css: no ${token} in the default theme`);
  return value;
}
