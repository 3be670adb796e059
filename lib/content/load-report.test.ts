import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReport } from './load-report';
import { JINNAN_DIR, SHARED_SOURCE_FILE, SOURCE_FILE, paragraphsOf, readSourceBody, withoutWhitespace } from './source-text';

const report = loadReport(JINNAN_DIR);

describe('the report as stored in content/', () => {
  it('keeps the published page byte for byte as the team received it', () => {
    // The SHA-256 of ../shared/source/jinnan-2024-report.txt, so the check runs on any clone, with or without shared/.
    const digest = createHash('sha256').update(fs.readFileSync(SOURCE_FILE)).digest('hex');
    expect(digest).toBe('260d9125636ed721921826b8544cbe58c14739d3f3ecd548f37a5675fd643590');
    if (fs.existsSync(SHARED_SOURCE_FILE)) expect(fs.readFileSync(SOURCE_FILE)).toEqual(fs.readFileSync(SHARED_SOURCE_FILE));
  });

  it('reproduces the published text exactly, whitespace aside', () => {
    const [pageTitle, meta, ...body] = readSourceBody();
    const rendered = [
      ...report.title,
      ...report.sections.flatMap((section, index) => [
        // A part heading stands before its first section.
        ...(section.part && report.sections[index - 1]?.part?.id !== section.part.id ? [section.part.heading] : []),
        ...(section.heading ? [section.heading] : []),
        ...paragraphsOf(section).map((paragraph) => paragraph.text),
      ]),
      report.closing!.date!.text,
      report.closing!.disclosure!,
    ];
    expect(withoutWhitespace(rendered.join(''))).toBe(withoutWhitespace(body.join('')));
    expect(withoutWhitespace(pageTitle)).toBe(withoutWhitespace(report.title.join('')));
    expect(meta).toContain(`来源:${report.source}`);
    expect(meta).toContain(`发布时间:${report.published} ${report.publishedTime}`);
  });

  it('has the introduction, three parts and the twelve sections of part one', () => {
    expect(report.introduction!.id).toBe('introduction');
    expect(report.parts.map((part) => part.heading!.slice(0, 2))).toEqual(['一、', '二、', '三、']);
    expect(report.parts[0].sections.map((section) => section.heading?.match(/^\((.+?)\)/)?.[1])).toEqual(
      '一 二 三 四 五 六 七 八 九 十 十一 十二'.split(' '),
    );
    expect(report.sections).toHaveLength(15);
  });

  it('marks every known extraction defect with an editor note, keeping the text as printed', () => {
    const noted = [
      ...report.sections.flatMap((s) => paragraphsOf(s).flatMap((p) => p.notes ?? [])),
      ...(report.closing!.date!.notes ?? []),
    ].map((note) => note.quote);
    for (const defect of [
      '2024129日',
      '2025228',
      '天津市37“高效办成一件事”',
      '推出津南区56“高效办成一件事”事项',
      '全区20“跨省通办”窗口157“跨省通办”事项',
      '按照1+10+N”的原则',
    ]) {
      expect(noted.some((quote) => quote.includes(defect) || defect.includes(quote)), defect).toBe(true);
    }
  });

  it('gives every paragraph a unique id that names its section', () => {
    const ids = report.sections.flatMap((s) => paragraphsOf(s).map((p) => p.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const section of report.sections) {
      paragraphsOf(section).forEach((p, i) => expect(p.id).toBe(`${section.id}-${i + 1}`));
    }
  });
});

describe('a content mistake fails with the file and the reason', () => {
  function brokenCopy(edit: (root: string) => void): string {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
    fs.cpSync(JINNAN_DIR, root, { recursive: true });
    edit(root);
    return root;
  }
  const sectionFile = (root: string) => path.join(root, 'sections/oversight.yaml');
  const rewrite = (file: string, from: string | RegExp, to: string) =>
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(from, to));

  it('names a missing required field', () => {
    const root = brokenCopy((r) => rewrite(sectionFile(r), /^blocks:/m, 'block:'));
    expect(() => loadReport(root)).toThrow(/oversight\.yaml[\s\S]*blocks: Invalid input: expected array/);
  });

  it('names an editor note whose quote is not in the text', () => {
    const root = brokenCopy((r) =>
      rewrite(path.join(r, 'sections/party-leadership.yaml'), 'quote: 2024129日', 'quote: 2024年12月9日'),
    );
    expect(() => loadReport(root)).toThrow(/party-leadership\.yaml[\s\S]*2024年12月9日/);
  });

  it('names a section file that the document does not list', () => {
    const root = brokenCopy((r) => fs.renameSync(sectionFile(r), path.join(r, 'sections/oversights.yaml')));
    expect(() => loadReport(root)).toThrow(/oversights?\.yaml/);
  });

  it('names YAML that does not parse', () => {
    const root = brokenCopy((r) => fs.appendFileSync(path.join(r, 'document.yaml'), '\n  : : [\n'));
    expect(() => loadReport(root)).toThrow(/document\.yaml/);
  });
});
