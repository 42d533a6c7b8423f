import type { Item } from '../quiz/types';
import type { Decision } from './report';
import { MALFORMED, shape_of, type Shape } from './text';

/** How a format names each shape, and what it loses; `kept: false` marks a conversion. */
export type ShapeNames = Record<Shape, { as: string; kept: boolean; note?: string }>;

/**
 * What a format does with an item: its shape under the format's name. A fill-in item is kept
 * when typed; one without accepted answers becomes a choice, which is a conversion.
 */
export function decide(item: Item, names: ShapeNames): { shape?: Shape; decision: Decision } {
	const shape = shape_of(item);
	if (!shape) return { decision: MALFORMED };
	const name = names[shape];
	const converted = !name.kept || (item.type === 'fill-in' && shape === 'choice');
	const decision: Decision = { outcome: converted ? 'converted' : 'kept', as: name.as };
	if (name.note) decision.note = name.note;
	return { shape, decision };
}
