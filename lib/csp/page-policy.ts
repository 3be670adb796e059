import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { pagePolicy } from '../security-headers.js';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

const isElement = (node: Node): node is Element => 'tagName' in node;
const attribute = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

function* elements(node: Node): Generator<Element> {
  if (isElement(node)) yield node;
  const children = 'content' in node ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
}

const textOf = (element: Element) => element.childNodes.map((t) => ('value' in t ? t.value : '')).join('');

/** The CSP hash of a script's or a style's text: sha256 of its UTF-8 bytes, base64 (https://www.w3.org/TR/CSP3/#match-element-to-source-list). */
export const inlineHash = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** The hashes of the page's <style> elements, as the HTML parser sees their text. */
export const inlineStyleHashes = (html: string) => [...elements(parse(html))].filter((e) => e.tagName === 'style').map((style) => inlineHash(textOf(style)));

/**
 * Writes the page's Content-Security-Policy into its <head>, right after <meta charset>: a policy given by <meta>
 * governs only what the parser meets after it, so it must come before every script and style. The page's inline
 * scripts are allowed by hash, as the HTML parser sees them (parse5 follows the WHATWG parser, so the text hashed is
 * the text a browser hashes), and the site's inline styles by theirs (`styleHashes`, which must include the page's
 * own). Running it again replaces the policy it wrote before.
 */
export function withPagePolicy(html: string, styleHashes: string[] = []): string {
  const all = [...elements(parse(html, { sourceCodeLocationInfo: true }))];
  const scripts = all.filter((e) => e.tagName === 'script');
  const inline = scripts.filter((s) => attribute(s, 'src') === undefined);
  const hashes = inline.map((s) => inlineHash(textOf(s)));
  const unlisted = all.filter((e) => e.tagName === 'style' && !styleHashes.includes(inlineHash(textOf(e))));
  if (unlisted.length) throw new Error(`a <style> whose hash is not among the site's styles would be refused: ${textOf(unlisted[0]).slice(0, 60)}`);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy(hashes, styleHashes)}"/>`;

  const previous = all.find((e) => e.tagName === 'meta' && attribute(e, 'http-equiv')?.toLowerCase() === 'content-security-policy');
  if (previous) {
    const { startOffset, endOffset } = previous.sourceCodeLocation!;
    return html.slice(0, startOffset) + meta + html.slice(endOffset);
  }
  const head = all.find((e) => e.tagName === 'head');
  const anchor = all.find((e) => e.tagName === 'meta' && attribute(e, 'charset') !== undefined && e.parentNode === head);
  const at = anchor?.sourceCodeLocation?.endOffset ?? head?.sourceCodeLocation?.startTag?.endOffset;
  if (at === undefined) throw new Error('no <head> in the page to put its Content-Security-Policy in');
  const early = all.find((e) => (e.tagName === 'script' || e.tagName === 'style') && e.sourceCodeLocation!.startOffset < at);
  if (early) throw new Error(`a <${early.tagName}> comes before <meta charset>, where the Content-Security-Policy would not cover it`);
  return html.slice(0, at) + meta + html.slice(at);
}
