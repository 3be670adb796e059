import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { folderSnapshot } from './folder-snapshot';
import { importFile } from './import-file';
import { formatReport } from './report';

const GBK_NOTICE = 'e2e/fixtures/import/mou-xian-fire-notice.gbk.txt';
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'import-force-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const dir = path.join(root, 'documents/fire');
const at = (file: string) => path.join(dir, file);
const readYaml = (file: string) => parse(fs.readFileSync(at(file), 'utf8'));
const writeYaml = (file: string, value: unknown) => fs.writeFileSync(at(file), stringify(value));

const note = (quote: string) => ({ quote, note: { zh: '原文如此。', en: 'As printed.' } });
const summary = (section: string) => ({
  section,
  zh: { headline: '要点。', points: ['一。', '二。', '三。'], numbers: [] },
  en: { headline: 'Gist.', points: ['One.', 'Two.', 'Three.'], numbers: [] },
});

// First import, then an editor's work: （一） renamed to fire-sources, notes, summaries, glossary, 繁體 fixes.
await importFile({ file: GBK_NOTICE, slug: 'fire', contentRoot: root, force: false });
const cover = readYaml('document.yaml');
cover.parts[1].sections[0] = 'fire-sources';
writeYaml('document.yaml', cover);
const sources = readYaml('sections/2-1.yaml');
fs.rmSync(at('sections/2-1.yaml'));
writeYaml('sections/fire-sources.yaml', {
  id: 'fire-sources',
  heading: sources.heading,
  blocks: sources.blocks.map((block: Record<string, unknown>, i: number) => ({
    ...block,
    id: `fire-sources-${i + 1}`,
    ...(i === 0 && { notes: [note('重点时段')] }),
  })),
});
const requirements = readYaml('sections/3.yaml');
requirements.blocks[0].notes = [note('不得迟报'), note('瞒报')];
writeYaml('sections/3.yaml', requirements);
fs.mkdirSync(at('summaries'));
writeYaml('summaries/fire-sources.yaml', summary('fire-sources'));
fs.writeFileSync(at('summaries/3.yaml'), `# 摘要：张编辑\n${stringify(summary('3'))}`);
writeYaml('glossary.yaml', [{ term: '森林防火', zh: '防止森林起火。', en: 'Preventing forest fires.' }, { term: '瞒报', zh: '隐瞒不报。', en: 'Hiding a report.' }]);
writeYaml('traditional.yaml', [{ simplified: '扑火', traditional: '撲火', why: 'test' }]);
const edited = folderSnapshot(dir);

// The office republishes the notice with one phrase of 三、 cut, now as UTF-8.
const republished = path.join(root, 'republished.txt');
const text = new TextDecoder('gb18030').decode(fs.readFileSync(GBK_NOTICE));
fs.writeFileSync(republished, text.replace('不得迟报、漏报、瞒报。', '不得迟报、漏报。'));
const result = await importFile({ file: republished, slug: 'fire', contentRoot: root, force: true });

describe('--force re-import over an edited folder', () => {
  it('keeps an unchanged section as the editor left it: renamed id, paragraph ids, note, summary', () => {
    expect(readYaml('document.yaml').parts[1].sections).toEqual(['fire-sources', '2-2']);
    expect(fs.readFileSync(at('sections/fire-sources.yaml'))).toEqual(edited['sections/fire-sources.yaml']);
    expect(fs.readFileSync(at('summaries/fire-sources.yaml'))).toEqual(edited['summaries/fire-sources.yaml']);
    expect(fs.existsSync(at('sections/2-1.yaml'))).toBe(false);
  });

  it('flags the summary of a changed section for review, and keeps only the notes whose quote remains', () => {
    expect(fs.readFileSync(at('summaries/3.yaml'), 'utf8')).toMatch(/^# 摘要：张编辑\nreview: 原文已更改，请核对本摘要\n/);
    expect(readYaml('summaries/3.yaml')).toEqual({ review: '原文已更改，请核对本摘要', ...summary('3') });
    expect(readYaml('sections/3.yaml')).toEqual({
      id: '3',
      blocks: [{ id: '3-1', text: '各乡镇、各部门要加强值班值守，发现火情及时报告，不得迟报、漏报。', notes: [note('不得迟报')] }],
    });
  });

  it('lists what changed', () => {
    expect(result.written.changes).toEqual({
      unchanged: ['introduction', '1', 'fire-sources', '2-2'],
      changed: ['3'],
      added: [],
      removed: [],
      droppedNotes: [{ paragraph: '3-1', quote: '瞒报' }],
    });
    expect(result.written.flaggedSummaries).toEqual(['summaries/3.yaml']);
    expect(result.written.unusedTerms).toEqual(['瞒报']);
    const report = formatReport(result);
    expect(report).toContain('changed (text replaced, summary flagged): 3');
    expect(report).toContain('notes dropped (quote no longer in the text): 3-1 「瞒报」');
  });

  it('keeps the glossary and 繁體 fixes byte for byte, replaces the source, and leaves no staging folder', () => {
    for (const file of ['glossary.yaml', 'traditional.yaml']) expect(fs.readFileSync(at(file))).toEqual(edited[file]);
    expect(fs.readFileSync(at('source.txt'))).toEqual(fs.readFileSync(republished));
    expect(fs.readdirSync(path.join(root, 'documents'))).toEqual(['fire']);
  });
});
