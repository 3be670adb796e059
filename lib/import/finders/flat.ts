import { cutEvenly, lengthOf, type Finder } from './draft';

// About eight minutes of listening at 3.3 hanzi a second: a longer text is cut, between blocks, into parts.
export const LONG_SECTION_CHARS = 1600;

/**
 * The last proposal, always made: the text as one section, 「正文」, cut between blocks into 「第1部分」, 「第2部分」 …
 * only where it would take too long to listen to in one.
 */
export const findFlat: Finder = (blocks) => {
  const chunks = cutEvenly(blocks, (block) => lengthOf([block]), LONG_SECTION_CHARS);
  const single = chunks.length === 1;
  return {
    introduction: [],
    parts: [{ sections: chunks.map((chunk, i) => ({ title: single ? '正文' : `第${i + 1}部分`, blocks: chunk })) }],
    foundBy: single ? 'no headings: the text as one section' : `no headings: the text cut by length into ${chunks.length} sections`,
  };
};
