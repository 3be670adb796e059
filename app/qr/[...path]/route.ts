import { allPagePaths } from '@/lib/page-paths';
import { qrSvg } from '@/lib/qr';

// 本页二维码 for the share panel: one SVG per page, made at build and fetched only when the panel opens.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return allPagePaths().map((path) => ({ path: `${path}.svg`.slice(1).split('/') }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const path = `/${(await params).path.join('/').replace(/\.svg$/, '')}`;
  return new Response(await qrSvg(path), { headers: { 'Content-Type': 'image/svg+xml' } });
}
