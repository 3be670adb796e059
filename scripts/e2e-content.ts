// Builds the test documents' content root for the end-to-end suite: synthetic documents of every format and shape
// an office publishes (e2e/fixtures/import/), imported with the real importer. They are never published: only the
// e2e build adds this root (READER_CONTENT).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { noticePage } from '../e2e/fixtures/import/notice-page';
import { pdfDocument } from '../e2e/fixtures/import/pdf-document';
import { pensionDocx } from '../e2e/fixtures/import/pension-docx';
import { longText, noticeIssuingRule, noticeWithItems, questionsAndAnswers, ruleArticles, ruleWithChapters, stepGuide } from '../e2e/fixtures/import/shapes';
import { wordOriginal } from '../e2e/fixtures/import/word-original';
import { e2eDocuments } from '../e2e/support/documents';
import { importFile } from '../lib/import/import-file';

const E2E_CONTENT_ROOT = '.e2e-content';

const root = path.resolve(process.argv[2] ?? E2E_CONTENT_ROOT);
fs.rmSync(root, { recursive: true, force: true });
const made = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-documents-'));
const text = (lines: string[]) => (file: string) => fs.writeFileSync(file, lines.join('\n'));

// How each document's file is made, by its slug; e2e/support/documents.ts says what each must show.
const files: Record<(typeof e2eDocuments)[number]['slug'], [name: string, write: (file: string) => unknown]> = {
  'fire-notice': ['fire-notice.gbk.txt', (file) => fs.copyFileSync('e2e/fixtures/import/mou-xian-fire-notice.gbk.txt', file)],
  'farm-machinery': ['farm-machinery.docx', wordOriginal],
  'pension-increase': ['pension-increase.docx', pensionDocx],
  'living-allowance': ['living-allowance.html', (file) => fs.writeFileSync(file, noticePage())],
  'medical-insurance': ['medical-insurance.pdf', pdfDocument],
  'home-care-rules': ['home-care-rules.txt', text(ruleWithChapters)],
  'public-posts': ['public-posts.txt', text(noticeIssuingRule)],
  'pension-questions': ['pension-questions.txt', text(questionsAndAnswers)],
  'heating-notice': ['heating-notice.txt', text(noticeWithItems)],
  'certification-guide': ['certification-guide.txt', text(stepGuide)],
  'subsidy-rules': ['subsidy-rules.txt', text(ruleArticles)],
  'community-canteen': ['community-canteen.txt', text(longText)],
};

for (const { slug } of e2eDocuments) {
  const [name, write] = files[slug];
  const file = path.join(made, name);
  await write(file);
  await importFile({ file, slug, contentRoot: root, force: false });
  console.log(`e2e content: ${slug} imported from ${name} into ${path.relative(process.cwd(), root)}/documents/${slug}`);
}
fs.rmSync(made, { recursive: true, force: true });
