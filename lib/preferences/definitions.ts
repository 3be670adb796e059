/**
 * Every reader preference, its allowed values and its default. One cookie carries them all; the inline
 * head script, the server and the client all read this table, so a value can only mean one thing.
 * Each preference becomes a `data-<name>` attribute on <html>, which the CSS tokens key on.
 */
export const PREFERENCES = {
  mode: ['standard', 'large'],
  size: ['1', '2', '3', '4', '5'],
  theme: ['default', 'white', 'black', 'blue', 'yellow'],
  // 简明版 / 简明+原文 / 原文: older readers want the plain version first, so both is the default.
  view: ['summary', 'both', 'original'],
  // Read-aloud speed, from slow for older listeners up to 2×; 指读 (read what is tapped); 连读 into the next section.
  rate: ['0.6', '0.8', '1', '1.2', '1.4', '1.6', '1.8', '2'],
  point: ['off', 'on'],
  continue: ['off', 'on'],
  // The 无障碍 toolbar's reading aids: 特大鼠标 in two sizes, 十字线, 阅读尺 of 1, 3 or 5 lines, 纯文本.
  cursor: ['off', 'large', 'xlarge'],
  crosshair: ['off', 'on'],
  ruler: ['off', '1', '3', '5'],
  plain: ['off', 'on'],
  // 大字幕: a caption panel of very large text, shown as 简体, 繁體 or with 拼音.
  captions: ['off', 'on'],
  script: ['hans', 'hant', 'pinyin'],
  // 繁體 for the whole report and interface (the /zh-Hant pages), for readers from Hong Kong, Macao and Taiwan.
  hanzi: ['simplified', 'traditional'],
} as const;

export type PreferenceName = keyof typeof PREFERENCES;
export type Preferences = { [K in PreferenceName]: (typeof PREFERENCES)[K][number] };

export const DEFAULT_PREFERENCES: Preferences = {
  mode: 'standard',
  size: '1',
  theme: 'default',
  view: 'both',
  rate: '1',
  point: 'off',
  continue: 'off',
  cursor: 'off',
  crosshair: 'off',
  ruler: 'off',
  plain: 'off',
  captions: 'off',
  script: 'hans',
  hanzi: 'simplified',
};

export const COOKIE_NAME = 'reader-prefs';
/** The chosen system voice: a free-form platform id, so it lives in its own cookie, outside the table. */
export const VOICE_COOKIE_NAME = 'reader-voice';
export const COOKIE_MAX_AGE_SECONDS = 60 * 60 * 24 * 400; // the longest browsers keep a cookie

/** A reader who chose 繁體 is sent from a 简体 page (/zh-CN/…) to its /zh-Hant/… twin before anything paints. */
export const SIMPLIFIED_PATH = /^\/zh-CN(?=\/|$)/;

/** Large-type URLs (/zh-CN/large/…) are in 适老版 whatever the cookie says. */
export const LARGE_PATH = /^\/(?:zh-CN|zh-Hant|en)\/large(?:\/|$)/;
