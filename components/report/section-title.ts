import type { Section } from '@/lib/content/load-report';

/** A section's title as printed; the introduction has none in the original, so the interface names it. */
export function sectionTitle(section: Section, introductionLabel: string): string {
  return section.heading ?? section.part?.heading ?? introductionLabel;
}
