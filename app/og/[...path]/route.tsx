import { ImageResponse } from 'next/og';
import { fullWidthPunctuation } from '@/lib/content/chinese-punctuation';
import { publishedDate } from '@/lib/content/published-date';
import { routing, type Locale } from '@/lib/i18n/routing';
import { messages } from '@/lib/i18n/messages';
import { documents, editionOf, findDocument } from '@/lib/library';
import { CARD_SIZE, cardColours } from '@/lib/og/card';
import { cardFonts } from '@/lib/og/card-fonts';

// The link card of each document, in each language: what a chat app shows under a shared link. Made at build.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => documents().map((document) => ({ path: [locale, `${document.slug}.png`] })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const [locale, file] = (await params).path as [Locale, string];
  const document = findDocument(file.replace(/\.png$/, ''))!;
  const { report } = editionOf(document, locale);
  const site = messages[locale].Site.name;
  const title = fullWidthPunctuation(report.title.join(''));
  const date = report.published && new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Asia/Shanghai' }).format(publishedDate(report.published));
  const facts = [report.issuer && fullWidthPunctuation(report.issuer), date].filter(Boolean).join('　') || site;
  const colours = cardColours();
  const bold = cardFonts(site + title, 700);
  const regular = cardFonts(facts, 400);
  return new ImageResponse(
    (
      <div style={{ display: 'flex', flexDirection: 'column', width: '100%', height: '100%', background: colours.background }}>
        <div style={{ display: 'flex', padding: '28px 64px', background: colours.band, color: colours.bandText, fontFamily: bold.family, fontSize: 40, fontWeight: 700 }}>
          {site}
        </div>
        <div style={{ display: 'flex', flex: 1, alignItems: 'center', padding: '0 64px', color: colours.text, fontFamily: bold.family, fontSize: title.length > 28 ? 64 : 76, fontWeight: 700, lineHeight: 1.3 }}>
          {title}
        </div>
        <div style={{ display: 'flex', padding: '0 64px 48px', color: colours.secondary, fontFamily: regular.family, fontSize: 40 }}>{facts}</div>
      </div>
    ),
    { ...CARD_SIZE, fonts: [...bold.fonts, ...regular.fonts] },
  );
}
