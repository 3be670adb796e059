import { describe, expect, it } from 'vitest';
import { readFacts, type FactSources } from './facts';

const read = (sources: Partial<FactSources>) => readFacts({ lines: {}, facts: {}, closing: undefined, title: '关于开展检查的通知', ...sources });

describe('readFacts', () => {
  it('takes the page’s own facts, saying where each was read, with the time it was published', () => {
    expect(
      read({
        facts: {
          发布机构: { value: '某县应急管理局', from: 'the 政府信息公开 table' },
          published: { value: '2024-03-05 09:30', from: '<meta name="PubDate">' },
          source: { value: '某县融媒体中心', from: '<meta name="ContentSource">' },
        },
      }),
    ).toEqual({
      cover: { issuer: '某县应急管理局', published: '2024-03-05', publishedTime: '09:30', source: '某县融媒体中心' },
      origins: {
        issuer: { from: '发布机构 in the 政府信息公开 table' },
        published: { from: '<meta name="PubDate">' },
        source: { from: '<meta name="ContentSource">' },
      },
    });
  });

  it('takes a 来源 line as the source, and as the issuer only as a guess', () => {
    expect(read({ lines: { 来源: '某县融媒体中心' } })).toEqual({
      cover: { issuer: '某县融媒体中心', source: '某县融媒体中心' },
      origins: { issuer: { from: 'the line 「来源：…」', guessed: true }, source: { from: 'the line 「来源：…」' } },
    });
  });

  it('takes a 信息来源 line as the source, never as the issuer', () => {
    expect(read({ lines: { 信息来源: '某县融媒体中心' } })).toEqual({
      cover: { source: '某县融媒体中心' },
      origins: { source: { from: 'the line 「信息来源：…」' } },
    });
  });

  it('takes the 文号 from a 发文字号 line', () => {
    expect(read({ lines: { 发文字号: '某政发〔2024〕5号' } })).toEqual({
      cover: { documentNumber: '某政发〔2024〕5号' },
      origins: { documentNumber: { from: 'the line 「发文字号：…」' } },
    });
  });

  it('takes the issuer and date from the closing', () => {
    expect(read({ closing: { issuer: '某县人民政府', date: { text: '2025年12月1日' } } })).toEqual({
      cover: { issuer: '某县人民政府', published: '2025-12-01' },
      origins: { issuer: { from: 'the closing' }, published: { from: 'the closing date' } },
    });
  });

  it('takes the issuer and date a 通知 signs above the rule it issues', () => {
    expect(read({ signed: { issuer: '某县人民政府', date: '2025年3月1日' } })).toEqual({
      cover: { issuer: '某县人民政府', published: '2025-03-01' },
      origins: {
        issuer: { from: 'the notice’s closing, above the rule it issues' },
        published: { from: 'the notice’s date, above the rule it issues' },
      },
    });
  });

  it('takes the issuer from before 关于 in the title, and none from a title without 关于', () => {
    expect(read({ title: '某县农业农村局关于开展检查的通知' })).toEqual({
      cover: { issuer: '某县农业农村局' },
      origins: { issuer: { from: 'the title, before 关于' } },
    });
    expect(read({ title: '某县农业农村局' })).toEqual({ cover: {}, origins: {} });
  });
});
