/** A document's publication day as a Date: noon in China, so no time zone can move it to another day. */
export const publishedDate = (published: string) => new Date(`${published}T12:00:00+08:00`);
