import { ImageResponse } from 'next/og';
import { cardFonts } from '@/lib/og/card-fonts';
import { themeColour } from '@/lib/theme-colours';

// The home-screen icon at the two sizes phones ask for, made at build. One 「读」 filling the safe zone of a maskable
// icon (the central 80 %), so a launcher's circle or squircle never clips it.
export const dynamic = 'force-static';
export const dynamicParams = false;

const SIZES = [192, 512];

export function generateStaticParams() {
  return SIZES.map((size) => ({ file: `${size}.png` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const size = Number((await params).file.replace(/\.png$/, ''));
  const glyph = '读';
  const bold = cardFonts(glyph, 700);
  return new ImageResponse(
    (
      <div
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          width: '100%',
          height: '100%',
          background: themeColour('--color-button-background'),
          color: themeColour('--color-button-text'),
          fontFamily: bold.family,
          fontSize: size * 0.5,
          fontWeight: 700,
        }}
      >
        {glyph}
      </div>
    ),
    { width: size, height: size, fonts: bold.fonts },
  );
}
