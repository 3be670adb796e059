import type { Section } from '@/lib/content/load-report';
import { fullWidthPunctuation } from '@/lib/content/chinese-punctuation';

/** A section's heading as published; the introduction has none, and some sections share their part's. */
export function publishedHeading(section: Section): string | undefined {
  return section.heading ?? section.part?.heading;
}

/**
 * A section's title as shown: its heading as published, else the name an editor gave it for the contents
 * (「第一条至第十条」, required where nothing is printed), else — for the introduction — the interface's word.
 */
export function sectionTitle(section: Section, introductionLabel: string): string {
  const heading = publishedHeading(section);
  return heading ? fullWidthPunctuation(heading) : section.title ? fullWidthPunctuation(section.title) : introductionLabel;
}
