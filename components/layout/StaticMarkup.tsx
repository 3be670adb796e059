import type { ComponentPropsWithoutRef, ElementType, ReactNode } from 'react';
import { STATIC_MARKUP_ATTRIBUTE } from '@/lib/static-markup/markup-once';
import { renderStatic } from '@/lib/static-markup/render-static';

type Tag = 'section' | 'div' | 'dl' | 'ul';
type Props<T extends Tag> = { as: T; children: ReactNode } & Omit<ComponentPropsWithoutRef<T>, 'children' | 'dangerouslySetInnerHTML'>;

/**
 * An element whose contents are the report's text, sent as static markup: React hydrates the element
 * itself and never walks what is inside it (lib/static-markup/render-static.ts says why). The attribute lets the
 * build take the second copy of that markup out of the page's inline payload (lib/static-markup/markup-once.ts).
 */
export async function StaticMarkup<T extends Tag>({ as, children, ...props }: Props<T>) {
  const Element = as as ElementType;
  const marker = { [STATIC_MARKUP_ATTRIBUTE]: '' };
  return <Element {...props} {...marker} dangerouslySetInnerHTML={{ __html: await renderStatic(children) }} />;
}
