import { DOMParser, type Element } from '@xmldom/xmldom';

/**
 * A document read by a real XML parser (@xmldom/xmldom): malformed XML throws, with the line.
 * Warnings count as errors too, so nothing a strict reader would stumble on passes.
 */
export function parse_xml(text: string) {
	const parser = new DOMParser({
		onError: (level, message) => {
			throw new Error(`${level}: ${message}`);
		}
	});
	return parser.parseFromString(text, 'text/xml');
}

/** The element children of `parent`, optionally only those with a local name. */
export function kids(parent: Element, name?: string): Element[] {
	const found: Element[] = [];
	for (let node = parent.firstChild; node; node = node.nextSibling) {
		if (node.nodeType === node.ELEMENT_NODE) {
			const element = node as Element;
			if (!name || element.localName === name) found.push(element);
		}
	}
	return found;
}

/** The one child called `name`; throws when there is none, so a missing element fails. */
export function kid(parent: Element, name: string): Element {
	const [found] = kids(parent, name);
	if (!found) throw new Error(`<${parent.localName}> has no <${name}>`);
	return found;
}

/** Every descendant called `name`, in document order. */
export function all(parent: Element, name: string): Element[] {
	return kids(parent).flatMap((child) => [
		...(child.localName === name ? [child] : []),
		...all(child, name)
	]);
}

export const text = (element: Element) => element.textContent ?? '';

/** What HTML held in an element shows as text (our HTML is well-formed, so XML reads it). */
export function rendered(html: string): string {
	return text(parse_xml(`<div>${html}</div>`).documentElement!);
}
