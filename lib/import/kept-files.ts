/** The editors' files a re-import carries over, and what it tells them about each. */
import fs from 'node:fs';
import path from 'node:path';
import { isNode, parse, parseDocument, YAMLMap } from 'yaml';
import { sectionTexts } from '../content/blocks';
import { ImportError } from './import-error';
import type { Changes } from './merge';
import { sectionsOf } from './render';
import type { ImportedDocument } from './types';

const REVIEW = {
  changed: '原文已更改，请核对本摘要',
  removed: '原文已无此节，请删除本摘要或改配他节',
};

/** A summary of changed or vanished text is kept but flagged, so it is checked before it is shown again. */
export function flagSummaries(stage: string, changes: Changes): string[] {
  const flagged: string[] = [];
  for (const [ids, reason] of [[changes.changed, REVIEW.changed], [changes.removed, REVIEW.removed]] as const) {
    for (const id of ids) {
      const file = path.join(stage, 'summaries', `${id}.yaml`);
      if (!fs.existsSync(file)) continue;
      const summary = parseDocument(fs.readFileSync(file, 'utf8'));
      if (summary.errors.length || !(summary.contents instanceof YAMLMap)) {
        throw new ImportError(`cannot flag ${path.join('summaries', `${id}.yaml`)} for review: it is not a YAML mapping`);
      }
      summary.delete('review');
      // First, where an editor opening the file sees it, below a comment heading the file.
      const items = summary.contents.items;
      const review = summary.createPair('review', reason) as (typeof items)[number];
      const heading = items[0]?.key;
      if (isNode(heading) && isNode(review.key)) {
        review.key.commentBefore = heading.commentBefore;
        heading.commentBefore = undefined;
      }
      items.unshift(review);
      fs.writeFileSync(file, summary.toString({ lineWidth: 0 }));
      flagged.push(`summaries/${id}.yaml`);
    }
  }
  return flagged;
}

/** Glossary terms and 繁體 fixes stay as the editors wrote them; the ones the new text no longer has are listed. */
export function unusedTerms(dir: string, document: ImportedDocument): string[] {
  const text = [
    ...document.title,
    ...document.parts.flatMap((part) => part.heading ?? []),
    ...sectionsOf(document).flatMap(sectionTexts),
  ].join('\n');
  return [...listed(dir, 'glossary.yaml', 'term'), ...listed(dir, 'traditional.yaml', 'simplified')].filter(
    (term) => !text.includes(term),
  );
}

// These files are the editors', checked by the site's build; here they are only read for the report.
function listed(dir: string, file: string, key: string): string[] {
  try {
    const entries: unknown = parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    return Array.isArray(entries) ? entries.map((entry) => entry?.[key]).filter((t) => typeof t === 'string') : [];
  } catch {
    return [];
  }
}
