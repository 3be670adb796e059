import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfDocument } from '@/e2e/fixtures/import/pdf-document';
import { pdfText } from '@/e2e/support/pdf-text';
import { ImportError } from '../import-error';
import { pdfFacts, readPdf } from './pdf';

let bytes: Buffer;

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-front-end-'));
  const file = path.join(dir, 'notice.pdf');
  await pdfDocument(file);
  bytes = fs.readFileSync(file);
  fs.rmSync(dir, { recursive: true });
}, 30_000);

const cells = (...texts: string[]) => texts.map((text) => ({ text }));

// Each test reads the file itself, so that mutation testing knows which tests run the code (see stryker.config.mjs).
describe('readPdf, on a 公文 saved from Word', () => {
  it('reads the blocks the document was written in', async () => {
    const read = await readPdf(bytes);
    expect(read.blocks.map(({ at, ...block }) => block)).toEqual([
      { kind: 'paragraph', text: '某市医疗保障局关于调整2026年度城乡居民医保缴费标准的通知', heading: 1, bold: true, align: 'center' },
      { kind: 'paragraph', text: '某医保发〔2026〕3号', align: 'center' },
      { kind: 'paragraph', text: '各区医疗保障局，市医保经办中心，各有关单位：' },
      {
        kind: 'paragraph',
        text:
          '为做好2026年度城乡居民基本医疗保险参保缴费工作，根据国家和省有关文件精神，结合本市基金运行情况，' +
          '经市人民政府同意，现将有关事项通知如下。',
      },
      {
        kind: 'paragraph',
        text: '本通知所称城乡居民，是指本市户籍且未参加职工基本医疗保险的人员，以及在本市居住并办理居住证的非本市户籍人员。',
      },
      {
        kind: 'paragraph',
        text:
          '城乡居民基本医疗保险实行个人缴费与政府补助相结合的筹资方式。近年来，本市参保人数保持稳定，医疗费用支出逐年增长，' +
          '门诊共济保障、大病保险和医疗救助等待遇水平不断提高，基金收支平衡的压力有所加大。为保障参保群众的基本医疗需求，' +
          '维护基金长期可持续运行，在充分测算和听取各方意见的基础上，本年度适当提高个人缴费和财政补助标准，' +
          '同时继续对困难群众给予分类资助，确保应保尽保。各区要把这项工作作为民生实事抓紧抓好，认真做好政策解读和宣传引导，' +
          '及时回应群众关切；对缴费有困难的家庭，要主动上门了解情况，帮助其按规定申请资助，' +
          '不得因缴费标准调整影响群众按时参保和正常享受待遇。各区医疗保障部门要加强与财政、税务部门的协作，共同做好缴费服务。',
      },
      { kind: 'paragraph', text: '一、缴费标准', bold: true },
      { kind: 'paragraph', text: '2026年度城乡居民医保个人缴费和财政补助标准如下表：' },
      {
        kind: 'table',
        head: [cells('参保人员类别', '个人缴费标准', '财政补助标准')],
        rows: [
          cells('成年居民', '每人每年400元', '每人每年700元'),
          cells('学生和未成年人', '每人每年380元', '每人每年720元'),
          cells('城乡低保对象、特困供养人员', '每人每年80元', '每人每年1020元'),
        ],
      },
      { kind: 'paragraph', text: '二、缴费方式', bold: true },
      {
        kind: 'paragraph',
        text: '（一）线上缴费。参保人员可通过“某市医保”微信公众号、“国家医保服务平台”App或各银行网点缴费。',
        lead: '（一）线上缴费。',
      },
      {
        kind: 'paragraph',
        text: '（二）线下缴费。不便使用手机的老年人，可到户籍所在地的社区服务中心现场缴费，工作人员应当提供帮助。',
        lead: '（二）线下缴费。',
      },
      { kind: 'paragraph', text: '某市医疗保障局', align: 'right' },
      { kind: 'paragraph', text: '2025年12月20日', align: 'right' },
    ]);
  });

  it('places each block at its first line, counted over the whole file', async () => {
    const read = await readPdf(bytes);
    const at = read.blocks.map((block) => block.at);
    expect(at.map((origin) => origin.page)).toEqual([1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2]);
    expect(at.map((origin) => origin.n)).toEqual(at.map((origin) => origin.n).toSorted((a, b) => a - b));
    expect(read).toMatchObject({ format: 'PDF, 2 pages', unit: 'PDF line', count: at.at(-1)!.n + 1, unsure: [] });
  });

  it('leaves out the running heads and page numbers, saying why', async () => {
    const read = await readPdf(bytes);
    const head = 'running head: the same line at the same height on 2 of 2 pages';
    expect(read.left.map(({ text, at, why }) => [text, at.page, why])).toEqual([
      ['某市医疗保障局文件', 1, head],
      ['— 1 —', 1, 'page number'],
      ['某市医疗保障局文件', 2, head],
      ['— 2 —', 2, 'page number'],
    ]);
  });

  it('joins the paragraph the page break cuts into one block', async () => {
    const runs = await pdfText(bytes);
    const read = await readPdf(bytes);
    const onPage = (page: number) => runs.filter((run) => run.page === page).map((run) => run.text).join('');
    // The fixture does break it: its start is on page 1, its end on page 2.
    expect(onPage(1)).toContain('城乡居民基本医疗保险实行个人缴费');
    expect(onPage(2)).toContain('共同做好缴费服务');
    const broken = read.blocks.filter((block) => block.kind === 'paragraph' && /筹资方式|共同做好缴费服务/.test(block.text));
    expect(broken).toHaveLength(1);
    expect(broken[0].at.page).toBe(1);
  });

  it('keeps the Title, an Author that names an organisation, and the creation day', async () => {
    const read = await readPdf(bytes);
    expect(read.facts).toEqual({
      title: { value: '某市医疗保障局关于调整2026年度城乡居民医保缴费标准的通知', from: 'the PDF’s properties (Title)' },
      author: { value: '某市医疗保障局', from: 'the PDF’s properties (Author)' },
      created: { value: '2025-12-20', from: 'the PDF’s properties (CreationDate)' },
    });
  });
});

describe('pdfFacts', () => {
  it('drops the file names and user names Word writes', () => {
    expect(pdfFacts({ Title: 'Microsoft Word - 缴费通知.docx', Author: 'Administrator' })).toEqual({});
    expect(pdfFacts({ Title: '缴费通知.doc', Author: '张某', CreationDate: 'no date' })).toEqual({});
  });

  it('keeps a title and an organisation trimmed, and a creation day only from a D: date at the start', () => {
    expect(pdfFacts({ Title: '  关于调整缴费标准的通知 ', Author: ' 某市医疗保障局 ', CreationDate: "D:20251220093000+08'00'" })).toEqual({
      title: { value: '关于调整缴费标准的通知', from: 'the PDF’s properties (Title)' },
      author: { value: '某市医疗保障局', from: 'the PDF’s properties (Author)' },
      created: { value: '2025-12-20', from: 'the PDF’s properties (CreationDate)' },
    });
    for (const CreationDate of ['xD:20251220', 'D:2025-12-20', 'D:202512', 20251220]) expect(pdfFacts({ CreationDate })).toEqual({});
    expect(pdfFacts({ Title: 42, Author: ['某市医疗保障局'] })).toEqual({});
  });
});

/** A PDF made with pdfkit's built-in Helvetica, drawn by `draw`. */
function smallPdf(draw: (doc: PDFKit.PDFDocument) => void, options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', ...options });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  draw(doc);
  doc.end();
  return done;
}

async function refusal(file: Uint8Array | Promise<Uint8Array>): Promise<string> {
  const error = await readPdf(await file).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ImportError);
  return (error as ImportError).message;
}

/**
 * A PDF written object by object, with its cross-reference table, for what pdfkit cannot write: `objects[i]` is
 * object i + 1, the first the catalogue. Latin-1 only; write other text as hex strings.
 */
function handMadePdf(objects: string[]): Buffer {
  let file = '%PDF-1.4\n';
  const offsets = objects.map((body, index) => {
    const offset = file.length;
    file += `${index + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = file.length;
  file += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) file += `${String(offset).padStart(10, '0')} 00000 n \n`;
  file += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(file, 'latin1');
}

const pdfStream = (content: string) => `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;

// iText's way (and many a government site's report generator): Adobe's STSong-Light, named but not embedded,
// its characters given as Unicode code units through a predefined CMap, and no ToUnicode table. PDF.js reads
// such text only with its own CMap files (UniGB-UCS2-H or UniGB-UTF16-H to CIDs, Adobe-GB1-UCS2 back to Unicode).
const utf16 = (text: string) => Buffer.from(text, 'utf16le').swap16().toString('hex');
const songti = (encoding: string, descendant: number) =>
  `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /${encoding} /DescendantFonts [${descendant} 0 R] >>`;
// Every Chinese character 1 em wide, every ASCII one (CIDs 1 to 95) half an em, as in STSong-Light's own metrics.
const songtiCidFont = (object: number) => [
  `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor ${object + 1} 0 R /DW 1000 /W [1 95 500] >>`,
  '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
];
const ems = (text: string) => [...text].reduce((sum, char) => sum + (char < '\x80' ? 0.5 : 1), 0);

/**
 * One A4 page of lines in STSong-Light, each [text, size, x, baseline from the foot, end]: where each line stands
 * is known to the point. A line given an end is spread to it by character spacing, as Word justifies a line.
 */
function songtiPdf(lines: [string, number, number, number, number?][]): Buffer {
  const content = lines.map(([text, size, x, y, end]) => {
    const spacing = end === undefined ? 0 : (end - x - ems(text) * size) / [...text].length;
    return `BT /F1 ${size} Tf ${spacing} Tc ${x} ${y} Td <${utf16(text)}> Tj ET`;
  });
  return handMadePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    songti('UniGB-UCS2-H', 6),
    pdfStream(content.join('\n')),
    ...songtiCidFont(6),
  ]);
}

describe('readPdf, on Chinese text in a font the PDF does not embed', () => {
  it('reads the text through PDF.js’s CMaps, whether the encoding is UCS-2 or UTF-16', async () => {
    const content = [
      `BT /F1 22 Tf 150 760 Td <${utf16('关于做好城乡居民医保缴费工作的通知')}> Tj ET`,
      `BT /F2 16 Tf 104 700 Td <${utf16('各区医疗保障局：')}> Tj ET`,
      `BT /F2 16 Tf 136 670 Td <${utf16('现将2026年度缴费有关事项通知如下。')}> Tj ET`,
    ].join('\n');
    const pdf = handMadePdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>',
      songti('UniGB-UCS2-H', 7),
      songti('UniGB-UTF16-H', 7),
      pdfStream(content),
      ...songtiCidFont(7),
    ]);
    const { blocks } = await readPdf(pdf);
    expect(blocks.map((block) => block.kind === 'paragraph' && block.text)).toEqual([
      '关于做好城乡居民医保缴费工作的通知',
      '各区医疗保障局：',
      '现将2026年度缴费有关事项通知如下。',
    ]);
  });
});

describe('readPdf, on 公文 laid out to the point (most with 28 characters of 16 pt a line, from 80 to 528 pt)', () => {
  const [LEFT, RIGHT] = [80, 528];

  it('reads a centred line set off by its trailing space and reaching near the margin, a short line, and a date 4 em in', async () => {
    const pdf = songtiPdf([
      ['关于做好城乡居民医保缴费工作的通知', 22, 117, 760],
      // 26 em of ink and a half-em space after it, centred together: the ink stands 0.75 em from the left
      // margin and 1.25 em from the right, its middle a quarter em left of the text's.
      ['（2025年12月20日某市人民政府第12次常务会议审议通过） ', 16, LEFT + 12, 720],
      ['各区医疗保障局，市医保经办中心：', 16, LEFT, 692],
      ['现将2026年度城乡居民医保缴费有关事项通知如下，请认真', 16, LEFT + 32, 664],
      ['贯彻执行。', 16, LEFT, 636],
      ['特此通知。', 16, LEFT + 32, 608],
      // The 公文 way: the date stands 4 em in from the right margin, the issuer centred over it.
      ['某市医疗保障局', 16, RIGHT - 64 - 112, 524],
      ['2025年12月20日', 16, RIGHT - 64 - 112, 496],
    ]);
    const { blocks } = await readPdf(pdf);
    expect(blocks.map(({ at, ...block }) => block)).toEqual([
      { kind: 'paragraph', text: '关于做好城乡居民医保缴费工作的通知', heading: 1, align: 'center' },
      { kind: 'paragraph', text: '（2025年12月20日某市人民政府第12次常务会议审议通过）', align: 'center' },
      { kind: 'paragraph', text: '各区医疗保障局，市医保经办中心：' },
      { kind: 'paragraph', text: '现将2026年度城乡居民医保缴费有关事项通知如下，请认真贯彻执行。' },
      { kind: 'paragraph', text: '特此通知。' },
      { kind: 'paragraph', text: '某市医疗保障局', align: 'right' },
      { kind: 'paragraph', text: '2025年12月20日', align: 'right' },
    ]);
  });

  it('takes the left margin from most lines, when the file opens with an indented paragraph and one ends with a full line', async () => {
    const pdf = songtiPdf([
      ['为做好2026年度城乡居民基本医疗保险参保缴费工作，根据', 16, LEFT + 32, 760],
      ['国家和省有关文件精神，结合本市基金运行情况，现通知如下。', 16, LEFT, 732],
      ['本通知所称城乡居民，是指本市户籍且未参加职工基本医疗', 16, LEFT + 32, 704],
      ['保险的人员。', 16, LEFT, 676],
      ['各区要把这项工作作为民生实事抓紧抓好，认真做好政策解', 16, LEFT + 32, 648],
      ['读和宣传引导。', 16, LEFT, 620],
    ]);
    const { blocks } = await readPdf(pdf);
    // The second paragraph follows a line that fills the width: only its indent from the margin starts it.
    expect(blocks.map((block) => block.kind === 'paragraph' && block.text)).toEqual([
      '为做好2026年度城乡居民基本医疗保险参保缴费工作，根据国家和省有关文件精神，结合本市基金运行情况，现通知如下。',
      '本通知所称城乡居民，是指本市户籍且未参加职工基本医疗保险的人员。',
      '各区要把这项工作作为民生实事抓紧抓好，认真做好政策解读和宣传引导。',
    ]);
  });

  it('measures the gap between notes in smaller type from their own lines, not from the step down to them', async () => {
    // 14 pt notes, 32 characters a line, each one line filling the width but the last, an empty line between them:
    // only the gaps tell them apart. The step from the body text down to them is larger than either.
    const pdf = songtiPdf([
      ['为做好2026年度城乡居民基本医疗保险参保缴费工作，根据', 16, LEFT + 32, 760],
      ['有关规定通知如下。', 16, LEFT, 732],
      ['参保人员可通过微信公众号、国家医保服务平台或各银行网点缴纳费用。', 14, LEFT, 672],
      ['不便使用手机的老年人，可到户籍所在地的社区服务中心现场办理缴费。', 14, LEFT, 623],
      ['缴费期间遇到问题的，可以拨打政务服务便民热线，或到医保窗口咨询。', 14, LEFT, 574],
      ['困难群众的个人缴费部分，由医疗救助基金按规定给予分类资助，具体办', 14, LEFT, 525],
      ['法由市医疗保障局会同有关部门另行制定。', 14, LEFT, 500.5],
    ]);
    const { blocks } = await readPdf(pdf);
    expect(blocks.map((block) => block.kind === 'paragraph' && block.text)).toEqual([
      '为做好2026年度城乡居民基本医疗保险参保缴费工作，根据有关规定通知如下。',
      '参保人员可通过微信公众号、国家医保服务平台或各银行网点缴纳费用。',
      '不便使用手机的老年人，可到户籍所在地的社区服务中心现场办理缴费。',
      '缴费期间遇到问题的，可以拨打政务服务便民热线，或到医保窗口咨询。',
      '困难群众的个人缴费部分，由医疗救助基金按规定给予分类资助，具体办法由市医疗保障局会同有关部门另行制定。',
    ]);
  });

  it('takes each margin from three lines at it, in a short notice with one line set wider on both sides', async () => {
    const pdf = songtiPdf([
      ['关于调整城乡居民医保缴费标准的通知', 22, 117, 760],
      ['各区医疗保障局：', 16, LEFT, 720],
      ['经市政府同意，2026年度城乡居民医保个人缴费标准调整为', 16, LEFT + 32, 692],
      ['每人每年400元，财政补助标准调整为每人每年不低于700元，请', 16, LEFT, 664],
      ['按此执行。', 16, LEFT, 636],
      ['各区要认真做好政策解读和宣传引导，及时回应群众关切。', 16, LEFT + 32, 608],
      // Word's negative indents: 2 em out on either side, after an empty line.
      ['（本通知自发布之日起施行，由市医疗保障局负责解释，问题及时报告）', 16, LEFT - 32, 552],
    ]);
    const { blocks } = await readPdf(pdf);
    expect(blocks.map(({ at, ...block }) => block)).toEqual([
      { kind: 'paragraph', text: '关于调整城乡居民医保缴费标准的通知', heading: 1, align: 'center' },
      { kind: 'paragraph', text: '各区医疗保障局：' },
      { kind: 'paragraph', text: '经市政府同意，2026年度城乡居民医保个人缴费标准调整为每人每年400元，财政补助标准调整为每人每年不低于700元，请按此执行。' },
      { kind: 'paragraph', text: '各区要认真做好政策解读和宣传引导，及时回应群众关切。' },
      { kind: 'paragraph', text: '（本通知自发布之日起施行，由市医疗保障局负责解释，问题及时报告）' },
    ]);
  });

  it('reads no alignment into a one-line paragraph indented by a typed full-width space and ending just short of the margin', async () => {
    // The 公文 text block: 156 mm (27.6 em of 16 pt) from 28 mm in. Word justifies each line but a paragraph's last.
    const [left, right] = [79.4, 521.6];
    const pdf = songtiPdf([
      ['为做好2026年度城乡居民基本医疗保险参保缴费工作，根', 16, left + 32, 760, right],
      ['据国家有关文件精神，结合本市实际，经市政府同意，现将有', 16, left, 732, right],
      ['关事项通知如下。', 16, left, 704],
      // One line of 27.5 em after the typed 「　」: its ink ends 2.2 pt short of the margin.
      ['　本通知自2026年1月10日起施行，由市医疗保障局负责解释。', 16, left, 676],
      ['各区要把这项工作作为民生实事抓紧抓好，切实做好政策', 16, left + 32, 648, right],
      ['解读和宣传引导。', 16, left, 620],
    ]);
    const { blocks } = await readPdf(pdf);
    expect(blocks.map(({ at, ...block }) => block)).toEqual([
      { kind: 'paragraph', text: '为做好2026年度城乡居民基本医疗保险参保缴费工作，根据国家有关文件精神，结合本市实际，经市政府同意，现将有关事项通知如下。' },
      { kind: 'paragraph', text: '本通知自2026年1月10日起施行，由市医疗保障局负责解释。' },
      { kind: 'paragraph', text: '各区要把这项工作作为民生实事抓紧抓好，切实做好政策解读和宣传引导。' },
    ]);
  });

  it('gives six heading levels to the six largest sizes, and none to a seventh', async () => {
    const pdf = songtiPdf([
      ['城乡居民医保缴费指南', 30, LEFT, 780],
      ['2026年度', 28, LEFT, 740],
      ['某市医疗保障局编', 26, LEFT, 705],
      ['一、哪些人要参保', 24, LEFT, 672],
      ['（一）城乡居民', 22, LEFT, 642],
      ['1．本市户籍人员', 20, LEFT, 615],
      ['（1）未参加职工医保的', 19, LEFT, 590],
      ['本市户籍且未参加职工基本医疗保险的人员，应当参加城乡居民医保。', 16, LEFT + 32, 562],
    ]);
    const { blocks } = await readPdf(pdf);
    expect(blocks.map((block) => block.kind === 'paragraph' && [block.text, block.heading])).toEqual([
      ['城乡居民医保缴费指南', 1],
      ['2026年度', 2],
      ['某市医疗保障局编', 3],
      ['一、哪些人要参保', 4],
      ['（一）城乡居民', 5],
      ['1．本市户籍人员', 6],
      ['（1）未参加职工医保的', undefined],
      ['本市户籍且未参加职工基本医疗保险的人员，应当参加城乡居民医保。', undefined],
    ]);
  });
});

describe('readPdf refuses', () => {
  it('an empty file, or one of bytes that are neither text nor a known kind', async () => {
    expect(await refusal(new Uint8Array())).toBe('the file is empty');
    expect(await refusal(Buffer.from([0x00, 0x01, 0x02, 0x03, 0xfe, 0xff, 0x10, 0x11]))).toBe('the file is not a PDF: it has no %PDF- signature');
  });

  it('a text file named .pdf', async () => {
    expect(await refusal(Buffer.from('某市医疗保障局关于调整缴费标准的通知\n一、缴费标准\n'))).toBe(
      'the file is not a PDF: it has no %PDF- signature and looks like text',
    );
  });

  it('an image or a web page named .pdf, saying what it is', async () => {
    expect(await refusal(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toBe('the file is not a PDF: it is a PNG image');
    expect(await refusal(Buffer.from('<!DOCTYPE html><html><body>404</body></html>'))).toBe(
      'the file is not a PDF: it has no %PDF- signature and looks like a web page',
    );
  });

  it('a PDF cut short', async () => {
    expect(await refusal(bytes.subarray(0, bytes.length / 2))).toBe(
      'the PDF is incomplete: it does not end with %%EOF (was the download or copy cut short?)',
    );
  });

  it('a damaged PDF', async () => {
    expect(await refusal(Buffer.from('%PDF-1.7\n1 0 obj <</Type /Catalog>>\n%%EOF\n'))).toBe(
      'the PDF is damaged: PDF.js cannot open it (Invalid PDF structure.)',
    );
  });

  it('an encrypted PDF', async () => {
    expect(await refusal(smallPdf((doc) => doc.text('Secret'), { userPassword: 'password' }))).toBe(
      'the PDF is encrypted (it asks for a password): save a copy without a password and import that',
    );
  });

  it('a PDF with no text layer, as a scan is', async () => {
    const scan = smallPdf((doc) => {
      doc.rect(50, 50, 400, 600).fill('#888');
      doc.addPage().rect(50, 50, 400, 600).fill('#888');
    });
    expect(await refusal(scan)).toBe(
      'the PDF has no text layer (a scanned image?): none of its 2 pages holds text, and it cannot be read without OCR',
    );
  });

  it('a scan with page numbers stamped on as text', async () => {
    const scan = smallPdf((doc) => {
      doc.rect(50, 50, 400, 600).fill('#888');
      doc.fillColor('#000').text('- 1 -', 280, 780, { lineBreak: false });
    });
    expect(await refusal(scan)).toBe(
      'the PDF has no text layer (a scanned image?): none of its 1 page holds text but page numbers and running heads, ' +
        'and it cannot be read without OCR',
    );
  });
});

describe('readPdf, on column-like text it cannot rebuild', () => {
  it('imports the lines as paragraphs and says so', async () => {
    const pdf = smallPdf((doc) => {
      doc.fontSize(12);
      doc.text('Name', 72, 100, { lineBreak: false }).text('Telephone', 300, 100, { lineBreak: false });
      doc.text('Wang', 72, 120, { lineBreak: false }).text('0000-12345678', 340, 120, { lineBreak: false });
    });
    const { blocks, unsure } = await readPdf(await pdf);
    expect(blocks.map((block) => block.kind === 'paragraph' && block.text)).toEqual(['Name Telephone', 'Wang 0000-12345678']);
    expect(unsure).toEqual([
      { text: 'Name Telephone', at: { n: 1, page: 1 }, why: 'looks like a table: imported as paragraphs, please check' },
    ]);
  });

  it('imports only the column-like lines from where they start, with the text around them once', async () => {
    const pdf = smallPdf((doc) => {
      doc.fontSize(12);
      doc.text('Contacts', 72, 80, { lineBreak: false });
      doc.text('Name', 72, 100, { lineBreak: false }).text('Telephone', 300, 100, { lineBreak: false });
      doc.text('Wang', 72, 120, { lineBreak: false }).text('0000-12345678', 340, 120, { lineBreak: false });
      doc.text('Office hours: weekdays.', 72, 200, { lineBreak: false });
    });
    const { blocks, unsure } = await readPdf(await pdf);
    expect(blocks.map((block) => block.kind === 'paragraph' && block.text)).toEqual([
      'Contacts',
      'Name Telephone',
      'Wang 0000-12345678',
      'Office hours: weekdays.',
    ]);
    expect(unsure.map(({ at }) => at)).toEqual([{ n: 2, page: 1 }]);
  });
});

describe('readPdf, on headings of two sizes, a note in smaller type, and paragraphs told apart by gaps alone', () => {
  // Text from 72 to 523 pt. A line "fills" it when spread to end within 1.5 em of the right margin.
  const [LEFT, RIGHT] = [72, 523];
  /** Draws `text` at `x`, `top` (from the page's top) in `size`-pt Helvetica, spread to end at `end` when given. */
  const put = (doc: PDFKit.PDFDocument, text: string, size: number, x: number, top: number, end?: number) => {
    doc.fontSize(size);
    const spacing = end === undefined ? 0 : (end - x - doc.widthOfString(text)) / (text.length - 1);
    doc.text(text, x, top, { lineBreak: false, characterSpacing: spacing });
  };
  const centred = (doc: PDFKit.PDFDocument, text: string, size: number, top: number) =>
    put(doc, text, size, (LEFT + RIGHT) / 2 - doc.fontSize(size).widthOfString(text) / 2, top);
  const full = 'These rules govern the care allowance paid monthly to older';
  const body = [
    'Each district office takes applications and checks them,',
    'pays the allowance on the first working day of each month,',
    'keeps a record of every payment it makes for five years,',
    'and reports to the city every quarter.',
  ];
  const notes = [
    'An older resident is one registered here and aged sixty or over.',
    'The allowance is paid by the city and district governments together.',
    'The funds are set out in the yearly budget and used for this only,',
    'audited every year.',
  ];

  const wide = 'This one line is set wider than the text block on both sides of it.';

  it('reads the levels from the sizes, splits lines at gaps, a centred line from the full line before it, and margins from most lines', async () => {
    const pdf = await smallPdf((doc) => {
      put(doc, 'Annex', 18.4, LEFT, 60);
      // A title in two centred lines, neither filling the width.
      centred(doc, 'Rules on Care', 22, 90);
      centred(doc, 'Allowances', 22, 128.5);
      put(doc, 'Part One', 18.4, LEFT, 165);
      put(doc, full, 16, LEFT, 180, RIGHT - 8);
      centred(doc, 'Schedule', 16, 208);
      body.forEach((text, i) => put(doc, text, 16, i === 0 ? LEFT + 32 : LEFT, 236 + 28 * i, i < body.length - 1 ? RIGHT : undefined));
      // 14 pt lines 24.5 apart, with an empty line between the first three notes.
      [400, 449, 498, 522.5].forEach((top, i) => put(doc, notes[i], 14, LEFT, top, i < 3 ? RIGHT - 4 : undefined));
      // One line set wider than the rest on both sides moves neither margin.
      put(doc, wide, 16, LEFT - 32, 600, RIGHT + 37);
      // A heading whose first line fills the width, its second centred.
      put(doc, 'Schedule of monthly allowances by age,', 22, LEFT, 660, RIGHT);
      centred(doc, 'from the first of January', 22, 698.5);
    });
    const { blocks } = await readPdf(pdf);
    expect(blocks.map(({ at, ...block }) => block)).toEqual([
      { kind: 'paragraph', text: 'Annex', heading: 2 },
      { kind: 'paragraph', text: 'Rules on Care Allowances', heading: 1, align: 'center' },
      { kind: 'paragraph', text: 'Part One', heading: 2 },
      { kind: 'paragraph', text: full },
      { kind: 'paragraph', text: 'Schedule', align: 'center' },
      { kind: 'paragraph', text: body.join(' ') },
      { kind: 'paragraph', text: notes[0] },
      { kind: 'paragraph', text: notes[1] },
      { kind: 'paragraph', text: `${notes[2]} ${notes[3]}` },
      { kind: 'paragraph', text: wide },
      { kind: 'paragraph', text: 'Schedule of monthly allowances by age, from the first of January', heading: 1, align: 'center' },
    ]);
  });
});

describe('readPdf, on a page whose box does not start at 0 0', () => {
  it('measures from the page’s own corner: a bare number centred low on the page is its number, one higher up is text', async () => {
    const pdf = await smallPdf((doc) => {
      // pdfkit draws from the top of an A4 page: a baseline `y` up from the bottom is 841.89 - y down from the top.
      const at = (text: string, x: number, y: number) => doc.fontSize(12).text(text, x, 841.89 - y, { lineBreak: false, baseline: 'alphabetic' });
      // The box set below runs from -99 to 496 across, so its middle is at 198.5.
      const centred = (text: string, y: number) => at(text, 198.5 - doc.fontSize(12).widthOfString(text) / 2, y);
      at('The text of page one.', -27, 600);
      centred('3', 300);
      doc.addPage();
      at('The text of page two.', -27, 600);
      centred('4', 400);
    });
    // The same length as pdfkit's box, so that the file's byte offsets still hold.
    const moved = Buffer.from(pdf.toString('latin1').replaceAll('/MediaBox [0 0 595.28 841.89]', '/MediaBox [-99 -99 496 743]  '), 'latin1');
    const { blocks, left } = await readPdf(moved);
    expect(blocks.map((block) => block.kind === 'paragraph' && block.text)).toEqual(['The text of page one.', 'The text of page two.', '4']);
    expect(left.map(({ text, why }) => [text, why])).toEqual([['3', 'page number (a bare number centred at the foot)']]);
  });
});
