import { getLocale, getTranslations } from 'next-intl/server';
import type { Section } from '@/lib/content/load-report';
import type { Block, GlossaryEntry } from '@/lib/content/schema';
import { itemId, rowId } from '@/lib/content/blocks';
import { readBlock } from '@/lib/read-aloud/read-block';
import { AnnotatedText, type Terms } from './AnnotatedText';
import { PublishedList } from './PublishedList';
import { PublishedTable } from './PublishedTable';
import styles from './SectionBlocks.module.css';

type Props = { section: Section; glossary: GlossaryEntry[]; lang: string };

/**
 * A section's blocks as published — paragraphs, lists and tables — each glossary term marked where it first
 * appears in the section. Each block offers 从这里读 (read aloud from here), which needs JavaScript.
 */
export async function SectionBlocks({ section, glossary, lang }: Props) {
  const t = await getTranslations('ReadAloud');
  const locale = await getLocale();
  const terms: Terms = { glossary, seen: new Set<string>() };
  return section.blocks.map((block, index) => (
    <div key={block.id} className={styles.block}>
      <button
        type="button"
        className={`control ${styles.readFrom}`}
        data-read-from={firstReadId(block)}
        lang={locale}
        aria-label={t(block.kind === 'table' ? 'readFromTable' : block.kind === 'list' ? 'readFromList' : 'readFromParagraph', { n: index + 1 })}
      >
        <span aria-hidden="true">▶ </span>
        {t('readFromHere')}
      </button>
      {block.kind === 'paragraph' ? (
        <p id={block.id} className={styles.paragraph} data-paragraph {...readBlock(block.text)}>
          <AnnotatedText id={block.id} value={block} lang={lang} terms={terms} />
        </p>
      ) : block.kind === 'list' ? (
        <PublishedList block={block} lang={lang} terms={terms} />
      ) : (
        <PublishedTable block={block} lang={lang} terms={terms} />
      )}
    </div>
  ));
}

/** Where 从这里读 starts: the paragraph, a list's first item, a table's caption or first row. */
function firstReadId(block: Block): string {
  if (block.kind === 'list') return itemId(block.id, 0);
  if (block.kind === 'table') return block.table.caption ? `${block.id}-caption` : rowId(block.id, 0);
  return block.id;
}
