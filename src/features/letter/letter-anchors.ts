/** Element ids on the letter page, so the pre-issue check can link to the part it is about. */
const idPart = (text: string): string => text.replace(/\s+/g, '-');

export const letterSectionAnchor = (sectionId: string): string => `letter-section-${idPart(sectionId)}`;
export const draftedTextAnchor = (textId: string): string => `letter-text-${idPart(textId)}`;
