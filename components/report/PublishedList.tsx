import { fullWidthPunctuation } from '@/lib/content/chinese-punctuation';
import { itemId } from '@/lib/content/blocks';
import type { ListBlock } from '@/lib/content/schema';
import { readBlock } from '@/lib/read-aloud/read-block';
import { AnnotatedText, type Terms } from './AnnotatedText';
import styles from './PublishedList.module.css';

type Props = { block: ListBlock; lang: string; terms: Terms };

/**
 * A list as published: each item with its number or bullet as printed (so 「（三）」 is heard and seen as 「（三）」,
 * whatever the browser would count), each item read aloud as one block, number first.
 */
export function PublishedList({ block, lang, terms }: Props) {
  const List = block.list.ordered ? 'ol' : 'ul';
  return (
    // role="list" because WebKit drops the list from the accessibility tree once its bullets are switched off.
    <List id={block.id} className={styles.list} role="list">
      {block.list.items.map((item, index) => {
        const id = itemId(block.id, index);
        const published = `${item.marker ?? ''}${item.text}`;
        return (
          <li key={id} id={id} className={styles.item} {...readBlock(published)}>
            {item.marker && (
              <span className={styles.marker} data-original-text>
                {/* Cut from the whole line, so a bracket is judged by the word after it, as in a paragraph. */}
                {fullWidthPunctuation(published).slice(0, item.marker.length)}
              </span>
            )}
            <span>
              <AnnotatedText id={id} value={item} lang={lang} terms={terms} />
            </span>
          </li>
        );
      })}
    </List>
  );
}
