import QRCode from 'qrcode';
import { siteUrl } from './site-url';

/**
 * The QR code of a page's published address, as SVG: black on white with its quiet zone, whatever the reader's
 * colours, which is what a phone's camera reads best. Made at build, for the share panel and the printed page.
 */
export function qrSvg(path: string): Promise<string> {
  return QRCode.toString(`${siteUrl().origin}${path}`, { type: 'svg', margin: 4, errorCorrectionLevel: 'M' });
}
