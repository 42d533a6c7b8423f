/**
 * Learners' stored progress refers to these identifiers (lessons read, attempts and their
 * selections, answers by item and option), so each spelling is pinned here against literals:
 * a change to any of them would orphan progress already saved, and must fail a test first.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	attempt_id,
	attempt_started,
	interaction_id,
	assignment_scope,
	CHECK_SCOPE,
	document_scope,
	fact_anchor,
	fact_key,
	fact_key_parts,
	item_key,
	lesson_key,
	lesson_scope,
	MIXED_SCOPE,
	option_id,
	parse_scope,
	REVIEW_SCOPE,
	term_id
} from './ids';

describe('stored identifiers keep their spelling', () => {
	it('lesson keys, scopes and attempt ids', () => {
		expect(lesson_key('alpha', 'first-steps')).toBe('alpha/first-steps');
		expect(lesson_scope('alpha', 'first-steps')).toBe('lesson:alpha/first-steps');
		expect(document_scope('alpha')).toBe('document:alpha');
		expect([MIXED_SCOPE, CHECK_SCOPE, REVIEW_SCOPE]).toEqual(['mixed', 'check', 'review']);
		// The start time in base 36: 36² ms is "100".
		expect(attempt_id('lesson:alpha/first-steps', 36 * 36)).toBe('lesson:alpha/first-steps@100');
	});

	it('an attempt id gives back its start, and an id without one gives none', () => {
		fc.assert(
			fc.property(fc.string(), fc.integer({ min: 0, max: 8.64e15 }), (scope, started) => {
				expect(attempt_started(attempt_id(scope, started))).toBe(started);
			})
		);
		for (const id of ['mixed', 'mixed@', 'mixed@1A', '@x@', 'a@zzzzzzzzzzzzzzzzzzzz'])
			expect(attempt_started(id), id).toBeUndefined();
	});

	it('SCORM interaction ids: the question’s number and its item, as CMIIdentifier allows', () => {
		expect(interaction_id(3, 'k3j2')).toBe('q3_k3j2');
		expect(interaction_id(12, 'value:scope+tide')).toBe('q12_value-scope-tide');
		expect(interaction_id(1, 'x'.repeat(300))).toHaveLength(255);
	});

	it('fact keys', () => {
		expect(fact_key.value('scope', 'tide')).toBe('value:scope:tide');
		expect(fact_key.attribute('alpha', 'scope')).toBe('attribute:alpha:scope');
		expect(fact_key.similarity('alpha', 'energy')).toBe('similarity:alpha:energy');
		expect(fact_key.scenario('alpha', 'harbor-wait')).toBe('scenario:alpha:harbor-wait');
		expect(fact_key.link('alpha', 'tide-moon')).toBe('link:alpha:tide-moon');
		expect(fact_key.term('alpha', 'hue')).toBe('term:alpha:hue');
	});

	it('fact keys read back: the attributes and the link they name', () => {
		expect(fact_key_parts.attributes(fact_key.attribute('alpha', 'scope'))).toEqual(['scope']);
		expect(fact_key_parts.attributes(fact_key.attributes('alpha', ['scope', 'pace']))).toEqual([
			'scope',
			'pace'
		]);
		expect(fact_key_parts.link(fact_key.link('alpha', 'tide-moon'))).toBe('tide-moon');
		// Keys of other kinds name neither.
		for (const key of [fact_key.value('scope', 'tide'), fact_key.link('alpha', 'scope')])
			expect(fact_key_parts.attributes(key), key).toBeUndefined();
		for (const key of [fact_key.attribute('alpha', 'scope'), fact_key.term('alpha', 'hue')])
			expect(fact_key_parts.link(key), key).toBeUndefined();
	});

	it('item keys, from which item ids are hashed', () => {
		expect(item_key.which_concept('alpha', 'scope', 'tide')).toBe('which-concept:alpha:scope:tide');
		expect(item_key.which_concept_shared('alpha', 'energy')).toBe(
			'which-concept:alpha:similarity:energy'
		);
		expect(item_key.attribute_value('alpha', 'scope', 'tide')).toBe(
			'attribute-value:alpha:scope:tide'
		);
		expect(item_key.true_statement('alpha', 'scope', 'tide')).toBe('true-false:alpha:scope:tide:true');
		expect(item_key.false_statement('alpha', 'scope', 'tide', 'wave')).toBe(
			'true-false:alpha:scope:tide:as:wave'
		);
		expect(item_key.matching('alpha', 'scope')).toBe('matching:alpha:scope');
		expect(item_key.scenario('alpha', 'harbor-wait')).toBe('scenario:alpha:harbor-wait');
		expect(item_key.fill_in('alpha', 'hue')).toBe('fill-in:alpha:hue');
		expect(item_key.shared_trait('alpha', 'energy')).toBe('shared-trait:alpha:energy');
		expect(item_key.across('alpha', 'tide-moon', 'forward')).toBe('across:alpha:tide-moon:forward');
		expect(item_key.across('alpha', 'tide-moon', 'backward')).toBe('across:alpha:tide-moon:backward');
	});

	it('option ids, which answers store', () => {
		expect(option_id.value('scope', 'tide')).toBe('value:scope:tide');
		expect(option_id.similarity('energy')).toBe('similarity:energy');
		expect(option_id.term('hue')).toBe('term:hue');
		expect([option_id.TRUE, option_id.FALSE, option_id.GROUP]).toEqual(['true', 'false', 'all']);
	});
});

describe('anchors and term ids', () => {
	it('spell the element ids that lesson links end in', () => {
		expect(fact_anchor.attribute('scope')).toBe('attr-scope');
		expect(fact_anchor.similarity('energy')).toBe('sim-energy');
		expect(fact_anchor.example('harbor-wait')).toBe('example-harbor-wait');
		expect(fact_anchor.EXAMPLES).toBe('examples');
		expect(fact_anchor.link('tide-moon')).toBe('link-tide-moon');
		expect(fact_anchor.term('hue')).toBe('term-hue');
	});

	it('make a term id lower-case and hyphenated, without accents or edge hyphens', () => {
		expect(term_id('Grass-roots  Mobilization!')).toBe('grass-roots-mobilization');
		expect(term_id('Café (policy)')).toBe('cafe-policy');
	});
});

describe('parse_scope', () => {
	it('reads back every scope the module makes', () => {
		expect(parse_scope(lesson_scope('alpha', 'first-steps'))).toEqual({
			kind: 'lesson',
			document: 'alpha',
			lesson: 'first-steps'
		});
		expect(parse_scope(document_scope('alpha'))).toEqual({ kind: 'document', document: 'alpha' });
		expect(parse_scope(assignment_scope('0a1b2c3d'))).toEqual({
			kind: 'assignment',
			assignment: '0a1b2c3d'
		});
		for (const scope of [MIXED_SCOPE, CHECK_SCOPE, REVIEW_SCOPE])
			expect(parse_scope(scope)).toEqual({ kind: scope });
	});

	it('knows no other scope', () => {
		for (const scope of ['lesson:only-one-part', 'lesson:a/b/c', 'document:', 'assignment:nothex!', 'constructor', ''])
			expect(parse_scope(scope), scope).toBeUndefined();
	});
});
