import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '@/lib/color/contrast';
import { PREFERENCES } from '@/lib/preferences/definitions';

type Rule = { media: string | null; selector: string; tokens: Record<string, string> };

/** Reads tokens.css into rules, remembering the @media each sits in. */
function parseRules(css: string): Rule[] {
  const rules: Rule[] = [];
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const stack: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{') {
      stack.push(text.slice(start, i).trim());
      start = i + 1;
    } else if (text[i] === '}') {
      const selector = stack.pop()!;
      if (!selector.startsWith('@')) {
        const tokens = Object.fromEntries(
          [...text.slice(start, i).matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]),
        );
        rules.push({ media: stack.find((s) => s.startsWith('@media')) ?? null, selector, tokens });
      }
      start = i + 1;
    }
  }
  return rules;
}

const rules = parseRules(fs.readFileSync(path.join(import.meta.dirname, 'tokens.css'), 'utf8'));
const colours = (rule: Rule | undefined) => {
  if (!rule) throw new Error('theme block not found');
  return rule.tokens;
};
const light = colours(rules.find((r) => !r.media && r.selector === ':root' && r.tokens['--color-text']));
const themes: Record<string, Record<string, string>> = {
  'default (light)': light,
  'default (dark)': { ...light, ...colours(rules.find((r) => r.media === '@media (prefers-color-scheme: dark)')) },
  'default (more contrast)': { ...light, ...colours(rules.find((r) => r.media === '@media (prefers-contrast: more)')) },
  'default (more contrast, dark)': {
    ...light,
    ...colours(rules.find((r) => r.media?.includes('prefers-contrast: more) and'))),
  },
};
for (const name of ['white', 'black', 'blue', 'yellow']) {
  themes[name] = { ...light, ...colours(rules.find((r) => r.selector === `:root[data-theme='${name}']`)) };
}
const named = ['white', 'black', 'blue', 'yellow', 'default (more contrast)', 'default (more contrast, dark)'];

// Text on every surface it can sit on: WCAG 1.4.6 (7:1) in the high-contrast themes, 1.4.3 (4.5:1) elsewhere.
const textPairs = [
  ['--color-text', '--color-background'],
  ['--color-text', '--color-surface'],
  ['--color-text', '--color-surface-hover'],
  ['--color-text-secondary', '--color-background'],
  ['--color-text-secondary', '--color-surface'],
  ['--color-link', '--color-background'],
  ['--color-link', '--color-surface'],
  ['--color-link', '--color-surface-hover'],
  ['--color-button-text', '--color-button-background'],
  ['--color-highlight-text', '--color-highlight-background'],
];
// Non-text: focus rings, control borders, the editor-note mark: WCAG 1.4.11 and 2.4.13 (3:1).
const uiPairs = [
  ['--color-focus', '--color-background'],
  ['--color-focus', '--color-surface'],
  ['--color-control-border', '--color-background'],
  ['--color-control-border', '--color-surface'],
  ['--color-note', '--color-background'],
  ['--color-button-background', '--color-background'],
];

export const measuredContrast = Object.entries(themes).map(([theme, tokens]) => ({
  theme,
  pairs: [...textPairs, ...uiPairs].map(([fg, bg]) => ({ fg, bg, ratio: contrastRatio(tokens[fg], tokens[bg]) })),
}));

describe('colour tokens', () => {
  for (const [theme, tokens] of Object.entries(themes)) {
    const minimum = named.includes(theme) ? 7 : 4.5;
    it(`${theme}: text pairs ≥ ${minimum}:1, focus, borders and marks ≥ 3:1`, () => {
      for (const [fg, bg] of textPairs) {
        expect(contrastRatio(tokens[fg], tokens[bg]), `${fg} on ${bg}`).toBeGreaterThanOrEqual(minimum);
      }
      for (const [fg, bg] of uiPairs) {
        expect(contrastRatio(tokens[fg], tokens[bg]), `${fg} against ${bg}`).toBeGreaterThanOrEqual(3);
      }
    });
  }

  it('has a block for every theme a reader can choose, defining every colour the pairs above use', () => {
    const used = [...new Set([...textPairs, ...uiPairs].flat())];
    expect(used.length).toBeGreaterThanOrEqual(12);
    const chosen = PREFERENCES.theme.filter((theme) => theme !== 'default');
    expect(chosen.length).toBe(4);
    for (const theme of chosen) {
      const block = rules.find((r) => !r.media && r.selector === `:root[data-theme='${theme}']`);
      expect(block, theme).toBeDefined();
      expect(used.filter((token) => !(token in block!.tokens)), theme).toEqual([]);
    }
    for (const { theme, pairs } of measuredContrast) {
      console.log(`${theme}: ${pairs.map((p) => `${p.fg.slice(8)}/${p.bg.slice(8)} ${p.ratio.toFixed(1)}`).join(', ')}`);
    }
  });

  it('keeps colour literals out of components', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.(css|tsx?)$/.test(entry.name) && !file.endsWith('tokens.css') && !entry.name.endsWith('.test.ts')) {
          const source = fs.readFileSync(file, 'utf8');
          if (/#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(/i.test(source.replace(/href="#\w+"|#top|#main|#contents/g, ''))) {
            offenders.push(file);
          }
        }
      }
    };
    ['components', 'app'].forEach((dir) => walk(path.join(process.cwd(), dir)));
    expect(offenders).toEqual([]);
  });
});
