/** What a line looks like, judged from its punctuation and endings only. */

/** Sentences carry clause or sentence punctuation; titles, headings of pages and links do not. */
export const isSentence = (text: string) => /[。；;！!？?，,]/.test(text);

// The endings of issuing bodies: 津南区人民政府, 某县人民政府办公室, 中共某县委员会, 某市农业农村局 …
const ORGANISATION = /^[\p{Script=Han}（）()·]{2,30}?(人民政府|政府|办公室|办公厅|委员会|领导小组|指挥部|管委会|办事处|联合会|协会|中心|集团|公司|局|厅|署|院|处|委|部)$/u;

export const isOrganisation = (text: string) => ORGANISATION.test(text);
