import { Fragment, isValidElement, type ReactNode } from 'react';

/**
 * Server-only JSX as an HTML string, for text that never changes once it is on the page (the report's
 * paragraphs, summaries, glossary). React hydrates a `dangerouslySetInnerHTML` element without walking
 * its children, so thousands of text nodes cost the phone nothing at start-up (issue 17). What it
 * renders is what React's own renderer would (react-dom/server is not allowed in Server Components;
 * render-static.test.tsx holds the two side by side). Behaviour reaches this markup only through
 * attributes: native popovers, and clicks delegated by data-* hooks.
 */
export async function renderStatic(node: ReactNode | Promise<ReactNode>): Promise<string> {
  node = await node;
  if (node == null || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') return escape(String(node));
  if (typeof node === 'object' && Symbol.iterator in node) return (await Promise.all([...node].map(renderStatic))).join('');
  if (!isValidElement<Record<string, unknown>>(node)) throw new Error(`static markup cannot render ${String(node)}`);
  const { type, props } = node;
  if (type === Fragment) return renderStatic(props.children as ReactNode);
  if (typeof type === 'string') return element(type, props);
  if (typeof type === 'function' && !isClientReference(type)) return renderStatic((type as (p: unknown) => ReactNode)(props));
  throw new Error(`static markup has no place for ${describe(type)}: interactive parts stay outside it`);
}

const CLIENT_REFERENCE = Symbol.for('react.client.reference');
const isClientReference = (type: unknown) => (type as { $$typeof?: symbol }).$$typeof === CLIENT_REFERENCE;
const describe = (type: unknown) => (typeof type === 'function' ? `<${type.name || 'component'}>` : String(type));

// https://html.spec.whatwg.org/multipage/syntax.html#void-elements
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// The props React writes under another name; every other name is written as spelt (HTML ignores case).
const ALIAS: Record<string, string> = { className: 'class', htmlFor: 'for', tabIndex: 'tabindex' };
// Attributes that are on when present; React writes them empty and drops them when false.
const BOOLEAN = new Set(['hidden', 'disabled', 'open', 'inert', 'reversed', 'multiple', 'required']);

async function element(tag: string, props: Record<string, unknown>) {
  let attributes = '';
  for (const [name, value] of Object.entries(props)) {
    if (name === 'children' || name === 'dangerouslySetInnerHTML' || name === 'suppressHydrationWarning' || value == null) continue;
    if (typeof value === 'function' || (typeof value === 'object' && value !== null)) {
      throw new Error(`static markup cannot carry ${name} on <${tag}>: behaviour belongs to a client component or a delegated data-* hook`);
    }
    const attribute = ALIAS[name] ?? name;
    if (BOOLEAN.has(attribute)) {
      if (value) attributes += ` ${attribute}=""`;
    } else if (typeof value === 'boolean' && !attribute.startsWith('data-') && !attribute.startsWith('aria-')) {
      throw new Error(`static markup does not know whether ${name} on <${tag}> is a boolean attribute`);
    } else {
      attributes += ` ${attribute}="${escape(String(value))}"`;
    }
  }
  if (VOID.has(tag)) return `<${tag}${attributes}/>`;
  const inner = props.dangerouslySetInnerHTML as { __html?: string } | undefined;
  return `<${tag}${attributes}>${inner?.__html ?? (await renderStatic(props.children as ReactNode))}</${tag}>`;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
