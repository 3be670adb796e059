/** What a screen reader hears after a view is chosen: the View message for each (WCAG 4.1.3, status messages). */
export const VIEW_ANNOUNCEMENT = { summary: 'announceSummary', both: 'announceBoth', original: 'announceOriginal' } as const;
