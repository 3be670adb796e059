import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AlignmentType, Document, FootnoteReferenceRun, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pensionDocx } from '@/e2e/fixtures/import/pension-docx';
import { ImportError } from '../import-error';
import { readDocx } from './docx';
import { openWordZip } from './docx-package';

let folder: string;
let pension: Uint8Array;
beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'read-docx-'));
  await pensionDocx(path.join(folder, 'pension.docx'));
  pension = fs.readFileSync(path.join(folder, 'pension.docx'));
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('readDocx: a 政策解读 written in Word', () => {
  it('reads headings, the table with its repeated header row and merged cell, and Word’s own list numbers', async () => {
    const cell = (text: string) => ({ text });
    expect(await readDocx(pension)).toEqual({
      format: 'Word .docx',
      unit: 'paragraph',
      // 14 paragraphs around the table, and one in each of its 17 cells
      count: 32,
      blocks: [
        { kind: 'paragraph', text: '关于2026年提高城乡居民基础养老金标准的政策解读', heading: 1, align: 'center', at: { n: 1 } },
        {
          kind: 'paragraph',
          text: '为让城乡居民共享发展成果，经市人民政府同意，自2026年1月1日起提高城乡居民基础养老金标准。现将有关内容解读如下。',
          at: { n: 2 },
        },
        { kind: 'paragraph', text: '一、调整标准', heading: 2, at: { n: 3 } },
        { kind: 'paragraph', text: '按年龄段分档提高，年龄越大，增加越多。具体标准见下表：', at: { n: 4 } },
        {
          kind: 'table',
          head: [[cell('年龄段'), cell('每月增加金额'), cell('调整后每月基础养老金')]],
          rows: [
            [cell('60周岁至64周岁'), cell('20元'), cell('230元')],
            [cell('65周岁至69周岁'), cell('25元'), cell('245元')],
            [cell('70周岁至79周岁'), cell('30元'), cell('260元')],
            [cell('80周岁及以上'), cell('40元'), cell('290元')],
            [{ text: '说明', colspan: 2 }, cell('增加部分随每月养老金一并发放')],
          ],
          at: { n: 5 },
        },
        { kind: 'paragraph', text: '二、办理方式', heading: 2, at: { n: 22 } },
        {
          kind: 'paragraph',
          text: '已按月领取基础养老金的人员无需申请，由社保经办机构统一调整。新满60周岁的人员按以下步骤办理：',
          at: { n: 23 },
        },
        {
          kind: 'list',
          ordered: true,
          items: [
            { marker: '1.', text: '携带身份证和社会保障卡到户籍所在地社区服务站申请。' },
            { marker: '2.', text: '社区服务站受理后，5个工作日内报镇（街道）审核。' },
            { marker: '3.', text: '审核通过的，次月起按新标准发放。' },
          ],
          at: { n: 24 },
        },
        { kind: 'paragraph', text: '咨询渠道：', at: { n: 27 } },
        {
          kind: 'list',
          ordered: false,
          items: [
            { marker: '●', text: '人社服务热线12333' },
            { marker: '●', text: '各镇（街道）社会保障服务中心' },
          ],
          at: { n: 28 },
        },
        { kind: 'paragraph', text: '某市人力资源和社会保障局', align: 'right', at: { n: 31 } },
        { kind: 'paragraph', text: '2026年1月5日', align: 'right', at: { n: 32 } },
      ],
      facts: {},
      left: [],
      unsure: [],
    });
  });
});

describe('readDocx: numbers Word shows outside lists', () => {
  it('puts a numbered heading’s number into its text, restarts lists, keeps bold leads and line breaks', async () => {
    const parts = { reference: 'parts', levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、' }] };
    const items = { reference: 'items', levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '（%1）' }] };
    const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, numbering: { reference: 'parts', level: 0 }, text });
    const entry = (text: string, instance: number) =>
      new Paragraph({ numbering: { reference: 'items', level: 0, instance }, children: [new TextRun({ text: '免交：', bold: true }), new TextRun(text)] });
    const document = new Document({
      numbering: { config: [parts, items] },
      sections: [
        {
          children: [
            heading('补贴对象'),
            entry('本市户籍老人', 1),
            entry('困难家庭', 1),
            heading('办理程序'),
            entry('个人申请', 2),
            new Paragraph({ children: [new TextRun('咨询电话：12345'), new TextRun({ text: '工作日办理', break: 1 })] }),
          ],
        },
      ],
    });
    const read = await readDocx(await Packer.toBuffer(document));
    expect(read.blocks).toEqual([
      { kind: 'paragraph', text: '一、补贴对象', heading: 2, at: { n: 1 } },
      {
        kind: 'list',
        ordered: true,
        items: [
          { marker: '（一）', text: '免交：本市户籍老人', lead: '免交：' },
          { marker: '（二）', text: '免交：困难家庭', lead: '免交：' },
        ],
        at: { n: 2 },
      },
      { kind: 'paragraph', text: '二、办理程序', heading: 2, at: { n: 4 } },
      { kind: 'list', ordered: true, items: [{ marker: '（一）', text: '免交：个人申请', lead: '免交：' }], at: { n: 5 } },
      { kind: 'paragraph', text: '咨询电话：12345', at: { n: 6 } },
      { kind: 'paragraph', text: '工作日办理', at: { n: 6 } },
    ]);
  });
});

/**
 * A numbered step and a line in a right-aligned style, unpacked for a test to move or remove its parts. The numbers
 * are ones mammoth's HTML list would not give (its <ol> counts 1., 2.): they can only come from the numbering part.
 */
async function stepAndSignatureZip() {
  const document = new Document({
    styles: { paragraphStyles: [{ id: 'Signed', name: 'Signed', paragraph: { alignment: AlignmentType.RIGHT } }] },
    numbering: { config: [{ reference: 'steps', levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '（%1）' }] }] },
    sections: [
      {
        children: [
          new Paragraph({ numbering: { reference: 'steps', level: 0 }, text: '携带身份证申请。' }),
          new Paragraph({ style: 'Signed', text: '某市人力资源和社会保障局' }),
        ],
      },
    ],
  });
  return JSZip.loadAsync(await Packer.toBuffer(document));
}

describe('readDocx: parts where the package says they are', () => {
  it('finds the document, its numbering and its styles through the relationships, not by their usual names', async () => {
    const zip = await stepAndSignatureZip();
    const move = async (from: string, to: string, edit = (xml: string) => xml) => {
      const xml = edit(await zip.file(from)!.async('string'));
      zip.remove(from);
      zip.file(to, xml);
    };
    await move('word/document.xml', 'word/main.xml');
    await move('word/numbering.xml', 'word/lists.xml');
    await move('word/styles.xml', 'word/look.xml');
    await move('word/_rels/document.xml.rels', 'word/_rels/main.xml.rels', (xml) =>
      // A target from the package's root, and one beside the document.
      xml.replace('Target="numbering.xml"', 'Target="/word/lists.xml"').replace('Target="styles.xml"', 'Target="look.xml"'),
    );
    await move('_rels/.rels', '_rels/.rels', (xml) => xml.replace('Target="word/document.xml"', 'Target="/word/main.xml"'));
    expect((await readDocx(await zip.generateAsync({ type: 'uint8array' }))).blocks).toEqual([
      { kind: 'list', ordered: true, items: [{ marker: '（一）', text: '携带身份证申请。' }], at: { n: 1 } },
      { kind: 'paragraph', text: '某市人力资源和社会保障局', align: 'right', at: { n: 2 } },
    ]);
  });
});

describe('readDocx: parts where the package does not say', () => {
  it('takes the numbering and styles at their usual names when the document has no relationships', async () => {
    const zip = await stepAndSignatureZip();
    zip.remove('word/_rels/document.xml.rels');
    expect((await readDocx(await zip.generateAsync({ type: 'uint8array' }))).blocks).toEqual([
      { kind: 'list', ordered: true, items: [{ marker: '（一）', text: '携带身份证申请。' }], at: { n: 1 } },
      { kind: 'paragraph', text: '某市人力资源和社会保障局', align: 'right', at: { n: 2 } },
    ]);
  });
});

describe('readDocx: alignment and bold numbers', () => {
  it('sets a paragraph aligned to the end right, and makes a bold number the lead of its heading', async () => {
    const parts = {
      reference: 'parts',
      levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', style: { run: { bold: true } } }],
    };
    const document = new Document({
      numbering: { config: [parts] },
      sections: [
        {
          children: [
            new Paragraph({ heading: HeadingLevel.HEADING_2, numbering: { reference: 'parts', level: 0 }, text: '补贴对象' }),
            new Paragraph({ alignment: AlignmentType.END, text: '2026年1月5日' }),
            new Paragraph({ alignment: AlignmentType.CENTER, text: '附件' }),
          ],
        },
      ],
    });
    expect((await readDocx(await Packer.toBuffer(document))).blocks).toEqual([
      { kind: 'paragraph', text: '一、补贴对象', heading: 2, lead: '一、', at: { n: 1 } },
      { kind: 'paragraph', text: '2026年1月5日', align: 'right', at: { n: 2 } },
      { kind: 'paragraph', text: '附件', align: 'center', at: { n: 3 } },
    ]);
  });
});

describe('readDocx: a paragraph mark deleted with changes tracked', () => {
  it('joins the paragraph to the next, which keeps its own alignment and number, as Word shows it with the deletion accepted', async () => {
    const document = new Document({
      numbering: { config: [{ reference: 'steps', levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '（%1）' }] }] },
      sections: [
        {
          children: [
            new Paragraph({ alignment: AlignmentType.CENTER, text: '一、补贴对象' }),
            new Paragraph('本市户籍80周岁以上老人。'),
            new Paragraph({ numbering: { reference: 'steps', level: 0 }, text: '携带身份证申请。' }),
            new Paragraph({ numbering: { reference: 'steps', level: 0 }, text: '社区服务站受理，' }),
            new Paragraph({ numbering: { reference: 'steps', level: 0 }, text: '5个工作日内报镇（街道）审核。' }),
            new Paragraph({ alignment: AlignmentType.RIGHT, text: '某市民政局' }),
          ],
        },
      ],
    });
    const zip = await JSZip.loadAsync(await Packer.toBuffer(document));
    const xml = await zip.file('word/document.xml')!.async('string');
    // The reviewer deleted the marks that end 「一、补贴对象」 and 「社区服务站受理，」 (w:del in the mark's run properties).
    const deletedMark = '<w:rPr><w:del w:id="1" w:author="审核人" w:date="2026-01-05T09:00:00Z"/></w:rPr></w:pPr>';
    const markDeleted = (before: string, text: string) => {
      const after = before.replace(`</w:pPr><w:r><w:t xml:space="preserve">${text}`, `${deletedMark}<w:r><w:t xml:space="preserve">${text}`);
      expect(after).not.toBe(before);
      return after;
    };
    zip.file('word/document.xml', markDeleted(markDeleted(xml, '一、补贴对象'), '社区服务站受理，'));
    expect((await readDocx(await zip.generateAsync({ type: 'uint8array' }))).blocks).toEqual([
      { kind: 'paragraph', text: '一、补贴对象本市户籍80周岁以上老人。', at: { n: 1 } },
      {
        kind: 'list',
        ordered: true,
        items: [
          { marker: '（一）', text: '携带身份证申请。' },
          { marker: '（二）', text: '社区服务站受理，5个工作日内报镇（街道）审核。' },
        ],
        at: { n: 3 },
      },
      { kind: 'paragraph', text: '某市民政局', align: 'right', at: { n: 6 } },
    ]);
  });
});

describe('readDocx: headings', () => {
  it('reads heading styles named in Chinese, as WPS names them, and Word’s Title style', async () => {
    const document = new Document({
      styles: {
        paragraphStyles: [
          { id: 'WpsHeading2', name: '标题 2', run: { bold: true } },
          { id: 'Title', name: 'Title', run: { size: 44 } },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ style: 'Title', text: '某县养老服务补贴办法' }),
            new Paragraph({ style: 'WpsHeading2', text: '第一章 总则' }),
            new Paragraph('第一条 为规范养老服务补贴发放，制定本办法。'),
          ],
        },
      ],
    });
    expect((await readDocx(await Packer.toBuffer(document))).blocks).toEqual([
      { kind: 'paragraph', text: '某县养老服务补贴办法', heading: 1, at: { n: 1 } },
      { kind: 'paragraph', text: '第一章 总则', heading: 2, at: { n: 2 } },
      { kind: 'paragraph', text: '第一条 为规范养老服务补贴发放，制定本办法。', at: { n: 3 } },
    ]);
  });
});

describe('readDocx refuses what is not a Word .docx, in one line', () => {
  const refusal = async (bytes: Uint8Array) => {
    const error = await readDocx(bytes).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).not.toContain('\n');
    return (error as Error).message;
  };
  const zipOf = async (files: Record<string, string>) => {
    const zip = new JSZip();
    for (const [name, text] of Object.entries(files)) zip.file(name, text);
    return zip.generateAsync({ type: 'uint8array' });
  };
  /** The opening of an OLE compound file, with the names of its streams as its directory stores them. */
  const ole = (...streams: string[]) =>
    Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504), ...streams.map((name) => Buffer.from(name, 'utf16le'))]);

  it('an empty file', async () => {
    expect(await refusal(new Uint8Array())).toBe('the file is empty');
  });

  it('a text file named .docx', async () => {
    expect(await refusal(Buffer.from('关于发放高龄津贴的通知'))).toBe(
      'the file is not a Word .docx: a .docx is a zip archive, and this file is not one',
    );
  });

  it('an image named .docx', async () => {
    expect(await refusal(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'))).toBe('the file is not a Word .docx: it is a PNG image');
  });

  it('a zip cut short', async () => {
    expect(await refusal(pension.subarray(0, Math.floor(pension.length / 2)))).toBe(
      "the file is not a readable Word .docx: its zip archive is damaged or cut short (Corrupted zip: can't find end of central directory)",
    );
  });

  it('a zip whose packed XML is damaged', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', `<w:document>${'<w:p/>'.repeat(1000)}</w:document>`);
    const bytes = Buffer.from(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    // The packed data starts right after the file's name in its local header.
    const data = bytes.indexOf('word/document.xml') + 'word/document.xml'.length;
    bytes.fill(0xff, data, data + 2);
    expect(await refusal(bytes)).toBe(
      'the file is not a readable Word .docx: its word/document.xml is damaged (Bug : uncompressed data size mismatch)',
    );
  });

  it('a zip that holds no Word document', async () => {
    expect(await refusal(await zipOf({ 'readme.txt': '说明' }))).toBe(
      'the file is a zip archive but not a Word document (it has no word/document.xml)',
    );
    expect(await refusal(await zipOf({ 'xl/workbook.xml': '<workbook/>' }))).toBe('the file is an Excel workbook, not a Word document');
    expect(await refusal(await zipOf({ 'ppt/presentation.xml': '<p:presentation/>' }))).toBe(
      'the file is a PowerPoint presentation, not a Word document',
    );
    expect(await refusal(await zipOf({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<office:document-content/>' }))).toBe(
      'the file is an OpenDocument text (.odt): save it as .docx',
    );
    const notWord = 'the file is a zip archive but not a Word document (it has no word/document.xml)';
    expect(await refusal(await zipOf({ mimetype: 'application/epub+zip' }))).toBe(notWord);
    expect(await refusal(await zipOf({ 'content.xml': '<content/>' }))).toBe(notWord);
  });

  it('a Word document whose XML is damaged', async () => {
    expect(await refusal(await zipOf({ 'word/document.xml': '<w:document><w:body>' }))).toBe(
      'the file is not a readable Word .docx: its word/document.xml is damaged',
    );
  });

  it('a Word file whose parts pass our reading but not mammoth’s: a footnotes part cut short, a document without a body', async () => {
    const document = new Document({
      footnotes: { 1: { children: [new Paragraph('依据《老年人权益保障法》。')] } },
      sections: [{ children: [new Paragraph({ children: [new TextRun('发放高龄津贴'), new FootnoteReferenceRun(1)] })] }],
    });
    const cutFootnotes = await JSZip.loadAsync(await Packer.toBuffer(document));
    const footnotes = await cutFootnotes.file('word/footnotes.xml')!.async('string');
    // Only mammoth reads the footnotes; its XML parser's message has a second line (@#[line:…]), left out.
    cutFootnotes.file('word/footnotes.xml', footnotes.slice(0, footnotes.indexOf('依据') + 2));
    expect(await refusal(await cutFootnotes.generateAsync({ type: 'uint8array' }))).toBe(
      'the file is not a readable Word .docx (error: [xmldom error]\telement parse error: Error: Hierarchy request error: Only one element can be added and only after doctype)',
    );
    const noBody = await JSZip.loadAsync(await Packer.toBuffer(document));
    noBody.file('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>');
    expect(await refusal(await noBody.generateAsync({ type: 'uint8array' }))).toBe(
      'the file is not a readable Word .docx (Could not find the body element: are you sure this is a docx file?)',
    );
  });

  it('a zip bomb: a few kB whose XML unpacks beyond the limit, counted as it unpacks', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', `<w:document>${'<w:p/>'.repeat(1_000_000)}</w:document>`);
    const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    expect(bomb.length).toBeLessThan(50_000);
    process.env.IMPORT_MAX_MB = '1';
    try {
      expect(await refusal(bomb)).toBe('the Word file unpacks to more than 4 MB of text (a zip bomb?): not read');
    } finally {
      delete process.env.IMPORT_MAX_MB;
    }
  });

  it('nothing for pictures, however large, nor for XML up to the limit', async () => {
    // A quarter of a megabyte per file: its XML may unpack to 1 MB.
    process.env.IMPORT_MAX_MB = '0.25';
    try {
      const limit = 1024 * 1024;
      const zip = await JSZip.loadAsync(pension);
      // A picture named after an XML part is still a picture: only names ending in .xml or .rels are counted.
      zip.file('word/media/plan.xml.png', new Uint8Array(limit + 1));
      await expect(openWordZip(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }))).resolves.toBeInstanceOf(JSZip);
      const xml = (length: number) => new JSZip().file('word/document.xml', 'x'.repeat(length)).generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
      await expect(openWordZip(await xml(limit))).resolves.toBeInstanceOf(JSZip);
      expect(await refusal(await xml(limit + 1))).toBe('the Word file unpacks to more than 1 MB of text (a zip bomb?): not read');
    } finally {
      delete process.env.IMPORT_MAX_MB;
    }
  });

  it('a password-protected .docx, which Word saves as an OLE container', async () => {
    expect(await refusal(ole('EncryptionInfo', 'EncryptedPackage'))).toBe(
      'the Word file is password-protected: remove the password in Word and save it again',
    );
  });

  it('an old .doc', async () => {
    expect(await refusal(ole('WordDocument', '1Table'))).toBe('the file is an old Word .doc: open it in Word and save it as .docx');
  });

  it('another old Office file', async () => {
    expect(await refusal(ole('Workbook', 'SummaryInformation'))).toBe('the file is an old Office file, not a Word .docx');
  });
});
