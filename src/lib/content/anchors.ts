/**
 * Anchors of facts on their lesson page. The lesson page renders these ids and quiz feedback
 * links to them, so both sides call these functions.
 */
export const fact_anchor = {
	attribute: (id: string) => `attr-${id}`,
	similarity: (id: string) => `sim-${id}`,
	scenario: (id: string) => `scenario-${id}`,
	link: (id: string) => `link-${id}`,
	term: (id: string) => `term-${id}`
};

export function fact_href(document: string, lesson: string, anchor: string) {
	return `/${document}/${lesson}/#${anchor}`;
}
