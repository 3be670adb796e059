import { messages } from '@/lib/i18n/messages';
import { preferencesHeadScript } from '@/lib/preferences/head-script';
import './styles/tokens.css';
import './styles/base.css';

const zh = messages['zh-CN'].NotFound;
const en = messages.en.NotFound;

/**
 * The one not-found page, for unknown paths in any language. It is static and server-rendered; a
 * `notFound()` inside [locale] is not on Next ≥ 16.3 (vercel/next.js issue 62228), so it speaks both
 * languages and links to both homes.
 */
export default function GlobalNotFound() {
  return (
    <html lang="zh-CN" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: preferencesHeadScript }} />
        <title>{`${zh.title} · ${en.title}`}</title>
      </head>
      <body>
        <main id="main" className="global-not-found" data-page-mode="standard">
          <h1>{zh.title}</h1>
          <p>{zh.body}</p>
          <p>
            <a href="/zh-CN">{zh.home}</a>
          </p>
          <h2 lang="en">{en.title}</h2>
          <p lang="en">{en.body}</p>
          <p lang="en">
            <a href="/en">{en.home}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
