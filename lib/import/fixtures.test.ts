import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { sectionFileSchema } from '../content/schema';
import { pensionDocx } from '../../e2e/fixtures/import/pension-docx';
import { wordOriginal } from '../../e2e/fixtures/import/word-original';
import { importFile } from './import-file';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'import-fixtures-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('a notice saved from a county site as GBK', async () => {
  const file = 'e2e/fixtures/import/mou-xian-fire-notice.gbk.txt';
  const result = await importFile({ file, slug: 'fire-notice', contentRoot: root, force: false });

  it('is GBK with CRLF and full-width indentation (so the test means something)', () => {
    const bytes = fs.readFileSync(file);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(new TextDecoder('gb18030').decode(bytes)).toMatch(/\r\n\u3000\u3000一、总体要求\r\n/);
    expect(result.format).toBe('GB18030 text');
  });

  it('imports to the structure written by hand', () => {
    expect(result.document).toEqual({
      title: ['某县人民政府关于做好2025年', '冬春季森林防火工作的通知'],
      issuer: '某县人民政府',
      source: '某县人民政府办公室',
      published: '2025-11-03',
      salutation: '各乡镇人民政府，县政府各部门：',
      introduction: {
        id: 'introduction',
        blocks: [
          {
            kind: 'paragraph',
            id: 'introduction-1',
            text: '为切实做好今冬明春森林防火工作，保护森林资源和人民群众生命财产安全，现将有关事项通知如下：',
          },
        ],
      },
      parts: [
        {
          id: 'part-1',
          heading: '一、总体要求',
          sections: [
            { id: '1', blocks: [{ kind: 'paragraph', id: '1-1', text: '坚持预防为主、积极消灭的方针，压实各方责任，确保不发生重大森林火灾。' }] },
          ],
        },
        {
          id: 'part-2',
          heading: '二、重点任务',
          sections: [
            {
              id: '2-1',
              heading: '（一）严格管控野外火源',
              blocks: [
                { kind: 'paragraph', id: '2-1-1', text: '各乡镇要在重点时段加强巡查。一是严查上山人员携带火种；二是严禁野外烧荒；三是做好祭祀用火引导。' },
                {
                  kind: 'list',
                  id: '2-1-2',
                  list: {
                    ordered: true,
                    items: [
                      { marker: '1.', text: '严格野外用火审批。确需用火的，须经乡镇审批并落实看护措施。', lead: '严格野外用火审批。' },
                      { marker: '2.', text: '加强重点区域巡护。林区入口设立检查站，实行进山登记。', lead: '加强重点区域巡护。' },
                    ],
                  },
                },
              ],
            },
            {
              id: '2-2',
              heading: '（二）做好应急准备',
              blocks: [
                {
                  kind: 'list',
                  id: '2-2-1',
                  list: {
                    ordered: true,
                    items: [
                      { marker: '（1）', text: '充实扑火队伍。每个乡镇组建不少于20人的半专业扑火队。', lead: '充实扑火队伍。' },
                      { marker: '（2）', text: '储备扑火物资。县应急管理局要在11月底前完成物资补充。', lead: '储备扑火物资。' },
                    ],
                  },
                },
              ],
            },
          ],
        },
        {
          id: 'part-3',
          heading: '三、工作要求',
          sections: [
            { id: '3', blocks: [{ kind: 'paragraph', id: '3-1', text: '各乡镇、各部门要加强值班值守，发现火情及时报告，不得迟报、漏报、瞒报。' }] },
          ],
        },
      ],
      attachments: ['附件：1.某县森林防火责任人名单', '2.某县森林防火值班电话表'],
      closing: { issuer: '某县人民政府', date: { text: '2025年11月3日' }, disclosure: '（此件公开发布）' },
    });
  });

  it('leaves out the site’s chrome and the metadata line, sure of each', () => {
    const { chrome, metadata, unsure } = result.findings;
    expect(chrome.map((line) => line.n)).toEqual([1, 2, 3, 30, 31, 32, 33]);
    expect(metadata.map((line) => line.text)).toEqual(['发布日期：2025年11月3日  来源：某县人民政府办公室  浏览次数：1024']);
    expect(unsure).toEqual([]);
  });

  it('writes section files of the shape the site reads', () => {
    const dir = path.join(root, 'documents/fire-notice');
    const written = fs.readdirSync(path.join(dir, 'sections')).sort();
    // One file per section of the structure above.
    expect(written).toEqual(['1.yaml', '2-1.yaml', '2-2.yaml', '3.yaml', 'introduction.yaml']);
    for (const name of written) {
      const parsed = sectionFileSchema.parse(parse(fs.readFileSync(path.join(dir, 'sections', name), 'utf8')));
      expect(`${parsed.id}.yaml`).toBe(name);
    }
    expect(fs.readFileSync(path.join(dir, 'source.txt'))).toEqual(fs.readFileSync(file));
  });
});

describe('a Word original generated with docx', async () => {
  const file = path.join(root, 'notice.docx');
  await wordOriginal(file);
  const result = await importFile({ file, slug: 'farm-machinery', contentRoot: root, force: false });

  it('imports to the structure written by hand', () => {
    expect(result.document).toEqual({
      title: ['某市某区农业农村局关于开展2025年度农机安全生产检查的通知'],
      documentNumber: '某农发〔2025〕12号',
      issuer: '某市某区农业农村局',
      published: '2025-12-01',
      salutation: '各街道、镇农业服务中心，区农机推广站：',
      introduction: {
        id: 'introduction',
        blocks: [
          {
            kind: 'paragraph',
            id: 'introduction-1',
            text: '为进一步加强农机安全生产管理，预防和减少农机事故，决定在全区开展农机安全生产检查。现将有关事项通知如下：',
          },
        ],
      },
      parts: [
        { id: 'part-1', heading: '一、检查时间', sections: [{ id: '1', blocks: [{ kind: 'paragraph', id: '1-1', text: '2025年12月10日至2026年1月20日。' }] }] },
        {
          id: 'part-2',
          heading: '二、检查内容',
          sections: [
            {
              id: '2',
              blocks: [
                {
                  kind: 'list',
                  id: '2-1',
                  list: {
                    ordered: true,
                    items: [
                      { marker: '1、', text: '拖拉机、联合收割机等农机具的牌证和年检情况。' },
                      { marker: '2、', text: '驾驶操作人员持证情况。' },
                      { marker: '3、', text: '农机合作社安全管理制度落实情况。' },
                    ],
                  },
                },
              ],
            },
          ],
        },
        {
          id: 'part-3',
          heading: '三、工作要求',
          sections: [
            {
              id: '3',
              blocks: [
                { kind: 'paragraph', id: '3-1', text: '各单位要高度重视，明确专人负责，于2026年1月25日前将检查情况报区农业农村局。' },
                // A sentence numbered like a fourth part is text, not a heading with nothing under it.
                { kind: 'paragraph', id: '3-2', text: '四、本通知自印发之日起施行。' },
              ],
            },
          ],
        },
      ],
      attachments: [],
      closing: { issuer: '某市某区农业农村局', date: { text: '二〇二五年十二月一日' } },
    });
    expect(result.origins).toEqual({
      title: { from: 'the title-like lines above the text' },
      documentNumber: { from: 'the 文号 line above the text' },
      issuer: { from: 'the closing' },
      published: { from: 'the closing date' },
    });
    expect(result.findings.metadata).toEqual([]);
  });

  it('keeps the Word file as source.docx, byte for byte', () => {
    expect(fs.readFileSync(path.join(root, 'documents/farm-machinery/source.docx'))).toEqual(fs.readFileSync(file));
  });
});

describe('a Word 政策解读 with a real table and Word-numbered steps', async () => {
  const file = path.join(root, 'pension.docx');
  await pensionDocx(file);
  const result = await importFile({ file, slug: 'pension', contentRoot: root, force: false });

  it('keeps the table a table, its header row and merged cell, and the steps a list with the numbers Word shows', () => {
    expect(result.document.parts).toEqual([
      {
        id: 'part-1',
        heading: '一、调整标准',
        sections: [
          {
            id: '1',
            blocks: [
              { kind: 'paragraph', id: '1-1', text: '按年龄段分档提高，年龄越大，增加越多。具体标准见下表：' },
              {
                kind: 'table',
                id: '1-2',
                table: {
                  head: [[{ text: '年龄段' }, { text: '每月增加金额' }, { text: '调整后每月基础养老金' }]],
                  rows: [
                    [{ text: '60周岁至64周岁' }, { text: '20元' }, { text: '230元' }],
                    [{ text: '65周岁至69周岁' }, { text: '25元' }, { text: '245元' }],
                    [{ text: '70周岁至79周岁' }, { text: '30元' }, { text: '260元' }],
                    [{ text: '80周岁及以上' }, { text: '40元' }, { text: '290元' }],
                    [{ text: '说明', colspan: 2 }, { text: '增加部分随每月养老金一并发放' }],
                  ],
                  rowHeaders: true,
                },
              },
            ],
          },
        ],
      },
      {
        id: 'part-2',
        heading: '二、办理方式',
        sections: [
          {
            id: '2',
            blocks: [
              { kind: 'paragraph', id: '2-1', text: '已按月领取基础养老金的人员无需申请，由社保经办机构统一调整。新满60周岁的人员按以下步骤办理：' },
              {
                kind: 'list',
                id: '2-2',
                list: {
                  ordered: true,
                  items: [
                    { marker: '1.', text: '携带身份证和社会保障卡到户籍所在地社区服务站申请。' },
                    { marker: '2.', text: '社区服务站受理后，5个工作日内报镇（街道）审核。' },
                    { marker: '3.', text: '审核通过的，次月起按新标准发放。' },
                  ],
                },
              },
              { kind: 'paragraph', id: '2-3', text: '咨询渠道：' },
              {
                kind: 'list',
                id: '2-4',
                list: { ordered: false, items: [{ marker: '●', text: '人社服务热线12333' }, { marker: '●', text: '各镇（街道）社会保障服务中心' }] },
              },
            ],
          },
        ],
      },
    ]);
    expect(result.document).toMatchObject({
      title: ['关于2026年提高城乡居民基础养老金标准的政策解读'],
      closing: { issuer: '某市人力资源和社会保障局', date: { text: '2026年1月5日' } },
      published: '2026-01-05',
    });
  });
});
