// First-load JavaScript of a page, as Next 16 no longer prints it: the gzip size of every
// /_next/static/**.js the page's HTML loads (noModule polyfills skipped), summed.
// Usage: node scripts/first-load-js.mjs [baseURL] [path …]
import { gzipSync } from 'node:zlib';

const [base = 'http://localhost:4173', ...paths] = process.argv.slice(2);
const targets = paths.length ? paths : ['/zh-CN', '/zh-CN/jinnan-fazhi-2024/section/business-environment', '/zh-CN/jinnan-fazhi-2024/whole'];

export async function firstLoadJs(url) {
  const html = await (await fetch(url)).text();
  const sources = new Set(
    [...html.matchAll(/<script\b([^>]*)>/g)]
      .filter(([, attributes]) => !/\bnoModule\b/i.test(attributes))
      .map(([, attributes]) => attributes.match(/\bsrc="([^"]+\.js)"/)?.[1])
      .filter((src) => src?.startsWith('/_next/static/')),
  );
  let bytes = 0;
  for (const src of sources) bytes += gzipSync(Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer())).length;
  return { files: sources.size, kB: bytes / 1000 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const path of targets) {
    const { files, kB } = await firstLoadJs(base + path);
    console.log(`${path}\t${files} files\t${kB.toFixed(1)} kB gz`);
  }
}
