import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';

const bytes = (hex: string) => Buffer.from(hex.replace(/\s/g, ''), 'hex');

describe('decodeText', () => {
  it('reads UTF-8, dropping a byte-order mark', () => {
    expect(decodeText(Buffer.from('\ufeff各乡镇：\n一、总体要求'))).toEqual({
      text: '各乡镇：\n一、总体要求',
      encoding: 'UTF-8',
    });
  });

  it('reads GBK when the bytes are not UTF-8', () => {
    // 「某县通知」 in GBK
    expect(decodeText(bytes('c4b3 cfd8 cda8 d6aa'))).toEqual({ text: '某县通知', encoding: 'GB18030' });
  });

  it('reads UTF-16 with a byte-order mark, as Notepad saves "Unicode"', () => {
    expect(decodeText(Buffer.from('\ufeff某县通知', 'utf16le'))).toEqual({ text: '某县通知', encoding: 'UTF-16LE' });
  });

  it('reads UTF-16 big-endian with its byte-order mark', () => {
    expect(decodeText(Buffer.from('feff 67d0 53bf 901a 77e5'.replace(/\s/g, ''), 'hex'))).toEqual({ text: '某县通知', encoding: 'UTF-16BE' });
  });

  it('reads GBK whose second byte is 0xFE (剥, b0fe) as GBK, not as UTF-16', () => {
    expect(decodeText(bytes('b0fe c4b3 cfd8'))).toEqual({ text: '剥某县', encoding: 'GB18030' });
  });

  it('reads GB18030 that opens with 0xFE (㑳, fe55) as GB18030, not as UTF-16', () => {
    expect(decodeText(bytes('fe55 c4b3 cfd8'))).toEqual({ text: '㑳某县', encoding: 'GB18030' });
  });

  it('takes no byte-order mark from one byte of it: 0xFF or 0xFF second alone is no text', () => {
    expect(() => decodeText(bytes('ff 41 c4b3'))).toThrow('neither UTF-8 nor GB18030/GBK');
    expect(() => decodeText(bytes('41 ff c4b3'))).toThrow('neither UTF-8 nor GB18030/GBK');
  });

  it('refuses an empty file', () => {
    expect(() => decodeText(new Uint8Array())).toThrow(/^the file is empty$/);
  });

  it('refuses a file of whitespace', () => {
    expect(() => decodeText(Buffer.from(' \r\n\u3000\r\n'))).toThrow('the file is empty (it holds only whitespace)');
  });

  it('names a known binary format', () => {
    expect(() => decodeText(bytes('89504e470d0a1a0a 0000000d49484452'))).toThrow('it is a PNG image');
    expect(() => decodeText(bytes('504b0304 14000600'))).toThrow('it is a ZIP archive');
  });

  it('refuses bytes with NULs as binary', () => {
    expect(() => decodeText(bytes('7f 00 91 3c 00 00 e8 12 45 00 ff 01'))).toThrow('binary data (NUL bytes)');
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    // 0xFF never occurs in either encoding.
    expect(() => decodeText(bytes('c4b3 ff ff cfd8'))).toThrow('neither UTF-8 nor GB18030/GBK');
  });

  it('refuses bytes that decode only to private-use characters (GBK’s user-defined area)', () => {
    expect(() => decodeText(bytes('aaa1 aaa2 aaa3 a140 a141 fea1 fea2'))).toThrow(
      /^the file does not decode to readable text: as GB18030, 100% of its characters are controls, private-use or unknown characters$/,
    );
  });

  it('reads text with one odd character in ten', () => {
    // Nine characters of text and one of the private-use area: 10 %, the most that passes.
    expect(decodeText(Buffer.from('某县人民政府通知书\ue000'))).toEqual({ text: '某县人民政府通知书\ue000', encoding: 'UTF-8' });
  });

  it('refuses UTF-8 full of control characters, as mojibake saved again leaves it', () => {
    // 「津南」 read as Latin-1 and saved as UTF-8: æ´¥å\u008d\u0097
    const mojibake = Buffer.from('æ´¥å\u008d\u0097\u0085\u0096\u0091'.repeat(4));
    expect(() => decodeText(mojibake)).toThrow(/does not decode to readable text: as UTF-8/);
  });
});
