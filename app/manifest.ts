import type { MetadataRoute } from 'next';
import { messages } from '@/lib/i18n/messages';
import { themeColour } from '@/lib/theme-colours';

export const dynamic = 'force-static';

/** 添加到主屏幕: the reader as an app of its own, opened without the browser's bars, with a large clear icon. */
export default function manifest(): MetadataRoute.Manifest {
  const icons = ([192, 512] as const).flatMap((size) =>
    (['any', 'maskable'] as const).map((purpose) => ({ src: `/icons/${size}.png`, sizes: `${size}x${size}`, type: 'image/png', purpose })),
  );
  return {
    name: messages['zh-CN'].Site.name,
    short_name: messages['zh-CN'].Site.name,
    description: messages['zh-CN'].Site.description,
    lang: 'zh-CN',
    // `/` picks the reader's language, as a shared link does.
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: themeColour('--color-background'),
    theme_color: themeColour('--color-button-background'),
    icons,
  };
}
