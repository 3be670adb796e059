import './styles/tokens.css';
import './styles/base.css';
import { preferencesHeadScript } from '@/lib/preferences/head-script';

// Reached only for paths outside any known language (e.g. /fr/…), so it speaks both and links to both homes.
export default function GlobalNotFound() {
  return (
    <html lang="zh-CN" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: preferencesHeadScript }} />
        <title>没有找到这个页面 · Page not found</title>
      </head>
      <body>
        <main id="main" className="global-not-found" data-page-mode="standard">
          <h1>没有找到这个页面</h1>
          <p>
            <a href="/zh-CN">回到首页</a>
          </p>
          <p lang="en">Page not found.</p>
          <p lang="en">
            <a href="/en">Go to the home page</a>
          </p>
        </main>
      </body>
    </html>
  );
}
