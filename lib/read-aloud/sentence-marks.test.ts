// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { clearSentenceMarks, markSentence } from './sentence-marks';

// A paragraph as the static markup renders it: the report's own words in runs, a glossary term among them, and its
// explanation (editorial, never spoken) beside it.
const paragraph = `<p id="p" data-read-block=""><span data-original-text="">一、坚持</span><button data-original-text="">述法</button><span id="x" popover="auto" data-editorial="">述法：向上级报告依法办事的情况。</span><span data-original-text="">工作。全面落实责任。</span></p>`;

describe('sentence marks, where the Highlight API is missing', () => {
  it('wrap exactly the sentence, across a term, never inside its explanation', () => {
    document.body.innerHTML = paragraph;
    const block = document.getElementById('p')!;
    // 「一、坚持述法工作。」 is [0, 9) of the spoken text 「一、坚持述法工作。全面落实责任。」.
    markSentence(block, 0, 9);
    const marks = [...block.querySelectorAll('mark[data-reading-sentence]')];
    expect(marks.map((mark) => mark.textContent)).toEqual(['一、坚持', '述法', '工作。']);
    expect(document.getElementById('x')!.querySelector('mark')).toBeNull();
    expect(block.textContent).toBe('一、坚持述法述法：向上级报告依法办事的情况。工作。全面落实责任。');
  });

  it('mark a sentence inside a run, and leave the markup as it was once cleared', () => {
    document.body.innerHTML = paragraph;
    const block = document.getElementById('p')!;
    markSentence(block, 9, 16);
    expect([...block.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['全面落实责任。']);
    clearSentenceMarks();
    expect(document.body.innerHTML).toBe(paragraph);
    expect([...block.lastChild!.childNodes].map((node) => node.nodeType)).toEqual([Node.TEXT_NODE]);
  });
});
