import { describe, expect, it } from 'vitest';
import { inlineHash, inlineStyleHashes, withPagePolicy } from './page-policy';

// Expected hashes computed outside Node: printf '%s' "$script" | openssl dgst -sha256 -binary | base64
const ALERT = 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=';
const TITLE = 'sha256-q7H+rcY/HCmAeD3Ze2uD3jY8r6ZairgDtu2a907ol40=';
const A_LF_B = 'sha256-fhj3NzEbLcOy8mndeDlrA1HxT7Zu+oefdoyyMYGIPHg=';
const A_AMP_B = 'sha256-+1ybHSHBpXiIvGQfHqcLunD0cVfaUhdNPRv1ysBDBm4=';
const RED = 'sha256-p0bF+un5yUb9MBO6xRb8kPHlY2BdpHVtLiFkDrZPF64=';
const BLUE = 'sha256-O3MD3BNalwJODrH2e1G/rVFeOlpBK2DGxBAnY1kvk5U=';

const page = (head: string, body = '') => `<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/>${head}</head><body>${body}</body></html>`;
const scriptSrc = (html: string) => html.match(/content="[^"]*?script-src ([^;"]*)/)?.[1].split(' ') ?? [];
const styleSrc = (html: string) => html.match(/content="[^"]*?style-src ([^;"]*)/)?.[1].split(' ') ?? [];

describe('inlineHash', () => {
  it('hashes the UTF-8 bytes of the text, as CSP does', () => {
    expect(inlineHash('alert(1)')).toBe(ALERT);
    expect(inlineHash('document.title="长者阅读"')).toBe(TITLE);
  });
});

describe('withPagePolicy', () => {
  const html = page('<script>alert(1)</script><script src="/_next/static/chunks/a.js" async=""></script>', '<script>document.title="长者阅读"</script>');

  it('puts the policy right after <meta charset>, before every script', () => {
    const sealed = withPagePolicy(html);
    expect(sealed.startsWith('<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="')).toBe(true);
    expect(sealed.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/, '')).toBe(html);
  });

  it('allows exactly the inline scripts, by hash, and nothing else inline', () => {
    expect(scriptSrc(withPagePolicy(html))).toEqual(["'self'", "'wasm-unsafe-eval'", `'${ALERT}'`, `'${TITLE}'`]);
  });

  it('hashes the text the browser parses: newlines normalised, character references left as written', () => {
    expect(scriptSrc(withPagePolicy(page('<script>a\r\nb</script><script>a&amp;b</script>')))).toEqual(["'self'", "'wasm-unsafe-eval'", `'${A_LF_B}'`, `'${A_AMP_B}'`]);
  });

  it('hashes an inline script that has attributes, and one inside a <template>', () => {
    const withAttributes = page('<script id="prefs" type="module">alert(1)</script>', '<template><script>document.title="长者阅读"</script></template>');
    expect(scriptSrc(withPagePolicy(withAttributes))).toEqual(["'self'", "'wasm-unsafe-eval'", `'${ALERT}'`, `'${TITLE}'`]);
  });

  it('puts the policy after <meta charset> when another <meta> comes first, keeping the charset in the first 1024 bytes', () => {
    const head = '<meta name="viewport" content="width=device-width"/><meta charSet="utf-8"/>';
    const sealed = withPagePolicy(`<!DOCTYPE html><html><head>${head}<script>alert(1)</script></head></html>`);
    expect(sealed.startsWith(`<!DOCTYPE html><html><head>${head}<meta http-equiv="Content-Security-Policy" content="`)).toBe(true);
  });

  it('lists a script that occurs twice once', () => {
    expect(scriptSrc(withPagePolicy(page('<script>alert(1)</script>', '<script>alert(1)</script>')))).toEqual(["'self'", "'wasm-unsafe-eval'", `'${ALERT}'`]);
  });

  it('replaces its own policy when run again', () => {
    const once = withPagePolicy(html);
    expect(withPagePolicy(once)).toBe(once);
  });

  it('refuses a page it cannot protect', () => {
    expect(() => withPagePolicy('<p>no head</p>')).toThrow(/no <head>/);
    expect(() => withPagePolicy('<html><head><script>alert(1)</script><meta charset="utf-8"></head></html>')).toThrow(/before <meta charset>/);
    expect(() => withPagePolicy('<html><head><style>p{color:red}</style><meta charset="utf-8"></head></html>', [RED])).toThrow(/<style> comes before <meta charset>/);
  });
});

describe('inline styles', () => {
  const styled = page('<style data-precedence="next" data-href="/_next/static/chunks/a.css">p{color:red}</style>');

  it('hashes each <style> as the browser parses it', () => {
    expect(inlineStyleHashes(styled)).toEqual([RED]);
    expect(inlineStyleHashes(page('<style>p{color:red}</style>', '<svg><style>p{color:blue}</style></svg>'))).toEqual([RED, BLUE]);
  });

  it("allows the site's styles by hash, and nothing else inline", () => {
    expect(styleSrc(withPagePolicy(styled, [RED, BLUE]))).toEqual(["'self'", `'${RED}'`, `'${BLUE}'`]);
    expect(styleSrc(withPagePolicy(page('<script>alert(1)</script>')))).toEqual(["'self'"]);
  });

  it('refuses a page whose style it was not given', () => {
    expect(() => withPagePolicy(styled, [BLUE])).toThrow(/not among the site's styles/);
  });
});
