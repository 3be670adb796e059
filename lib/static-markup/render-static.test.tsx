import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderStatic } from './render-static';

// The shapes the report's static text is made of: a paragraph with 从这里读, a glossary term's native
// popover, an editor's note, read-aloud attributes, a list of summary points, a void element.
function Paragraph({ id, words }: { id: string; words: string[] }) {
  return (
    <div className="block">
      <button type="button" className="control" data-read-from={id} aria-label="从第1段读">
        <span aria-hidden="true">▶ </span>从这里读
      </button>
      <p id={id} data-paragraph data-read-block="" data-halfwidth="3 7" lang="zh-CN">
        {words.map((word, index) =>
          index === 1 ? (
            <span key={index}>
              <button type="button" popoverTarget={`${id}-term`} data-original-text>
                {word}
              </button>
              <span id={`${id}-term`} popover="auto" hidden={false}>
                <strong>什么是「{word}」？</strong>
                <button type="button" popoverTarget={`${id}-term`} popoverTargetAction="hide" tabIndex={0}>
                  关闭
                </button>
              </span>
            </span>
          ) : (
            <span key={index} data-original-text>
              {word}
            </span>
          ),
        )}
        {null}
        {false}
        <br />
      </p>
      <ol reversed hidden>
        {[1, 2].map((n) => (
          <li key={n} id={`${id}-point-${n}`}>
            {n} & {'<b>"引号"</b>'} it&apos;s
          </li>
        ))}
      </ol>
    </div>
  );
}

describe('renderStatic', () => {
  it('writes the same HTML as React for the shapes the report uses', async () => {
    const tree = <Paragraph id="p-1" words={['一、', '法治政府', '建设（2024）']} />;
    expect(await renderStatic(tree)).toBe(renderToStaticMarkup(tree));
  });

  it('writes a table as React does: its roles, scopes and spans', async () => {
    const tree = (
      <table role="table">
        <thead role="rowgroup">
          <tr role="row">
            <th scope="colgroup" role="columnheader" colSpan={2}>
              缴费标准
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          <tr id="1-2-r1" role="row" data-read-block="" data-spoken="成年居民，个人400元">
            <th scope="row" role="rowheader" rowSpan={2} data-cell-spoken="类别：成年居民">
              成年居民
            </th>
            <td role="cell" data-empty={undefined}>
              <span aria-hidden="true">个人：</span>400元
            </td>
          </tr>
        </tbody>
      </table>
    );
    expect(await renderStatic(tree)).toBe(renderToStaticMarkup(tree));
  });

  it('awaits async components, as Server Components are', async () => {
    async function Later({ text }: { text: string }) {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return <em>{text}</em>;
    }
    expect(await renderStatic(<p>先<Later text="后" /></p>)).toBe('<p>先<em>后</em></p>');
  });

  it('refuses behaviour that static markup would silently lose', async () => {
    await expect(renderStatic(<button onClick={() => {}}>朗读</button>)).rejects.toThrow(/onClick on <button>/);
    const clientComponent = Object.assign(() => null, { $$typeof: Symbol.for('react.client.reference') });
    await expect(renderStatic(<div>{{ ...<p />, type: clientComponent }}</div>)).rejects.toThrow(/interactive parts stay outside it/);
  });
});
