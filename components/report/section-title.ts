import type { Section } from '@/lib/content/load-report';
import { fullWidthPunctuation } from '@/lib/content/chinese-punctuation';

/** A section's heading as published; the introduction has none, and some sections share their part's. */
export function publishedHeading(section: Section): string | undefined {
  return section.heading ?? section.part?.heading;
}

/** A section's title as shown; the introduction has none in the original, so the interface names it. */
export function sectionTitle(section: Section, introductionLabel: string): string {
  const heading = publishedHeading(section);
  return heading ? fullWidthPunctuation(heading) : introductionLabel;
}
