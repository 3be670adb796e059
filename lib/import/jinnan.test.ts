import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from './import-file';
import { sectionsOf } from './render';
import type { ImportedSection } from './types';

/**
 * The hand-curated report in content/documents/jinnan-fazhi-2024/ is the expected value: read here as plain YAML, independently
 * of the importer and of the site's loader. Ids differ (the curated ones are English slugs): map by order.
 */
const curated = (file: string) => parse(fs.readFileSync(path.join('content/documents/jinnan-fazhi-2024', file), 'utf8'));
const cover = curated('document.yaml');
// Blocks as an editor wrote them: a paragraph is a `text`, ids and notes aside.
const section = (id: string) => {
  const { heading, blocks } = curated(`sections/${id}.yaml`);
  return { heading, blocks: blocks.map(({ id: _id, notes: _notes, ...block }: Record<string, unknown>) => block) };
};

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'import-jinnan-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const { document } = await importFile({
  file: 'content/documents/jinnan-fazhi-2024/source.txt',
  slug: 'jinnan-2024',
  contentRoot: root,
  force: false,
});

describe('importing the Jinnan source', () => {
  const shape = (s: ImportedSection) => ({
    heading: s.heading,
    blocks: s.blocks.map(({ id: _id, kind, ...block }) => (kind === 'paragraph' ? block : { kind, ...block })),
  });

  it('finds the curated cover', () => {
    expect(document).toMatchObject({
      title: cover.title,
      issuer: cover.issuer,
      source: cover.source,
      published: cover.published,
      publishedTime: cover.publishedTime,
    });
    expect(cover.title).toEqual(['津南区人民政府关于', '2024年法治政府建设情况报告']);
  });

  it('finds the curated parts, their sections and every paragraph, in order, each a paragraph with no lead', () => {
    expect(shape(document.introduction!)).toEqual(section(cover.introduction));
    expect(document.parts.map((part) => part.heading)).toEqual(cover.parts.map((part: { heading: string }) => part.heading));
    expect(document.parts.map((part) => part.sections.map(shape))).toEqual(
      cover.parts.map((part: { sections: string[] }) => part.sections.map(section)),
    );
    expect(sectionsOf(document)).toHaveLength(15);
  });

  it('finds the curated closing', () => {
    expect(document.closing).toEqual({ date: { text: cover.closing.date.text }, disclosure: cover.closing.disclosure });
  });

  it('copies the source byte for byte', () => {
    expect(fs.readFileSync(path.join(root, 'documents/jinnan-2024/source.txt'))).toEqual(
      fs.readFileSync('content/documents/jinnan-fazhi-2024/source.txt'),
    );
  });
});
