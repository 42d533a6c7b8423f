import type { ItemType } from './types';

/** Human names of the item types, for pickers and results. */
export const ITEM_TYPE_NAMES: Record<ItemType, string> = {
	'which-concept': 'Which concept',
	'attribute-value': 'Attribute value',
	'true-false': 'True or false',
	matching: 'Matching',
	scenario: 'Scenario',
	'fill-in': 'Fill in the term',
	'shared-trait': 'Shared trait',
	across: 'Across documents',
	analogy: 'Analogy',
	pairing: 'Which pairing',
	'double-scenario': 'Scenario and counterpart'
};
