import { siteUrl } from '@/lib/site-url';
import { ShareControl } from './ShareControl';

/**
 * 分享 for the page at `path`: its published address (so a 适老版 page shares its 适老版 URL) and its QR code,
 * an SVG made at build (app/qr/[...path]/route.ts).
 */
export function Share({ path, title }: { path: string; title: string }) {
  return <ShareControl url={`${siteUrl().origin}${path}`} qrSrc={`/qr${path}.svg`} title={title} />;
}
