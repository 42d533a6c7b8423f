/** A third document written only for tests: content is data, so adding it needs no code. */
import { lesson_md } from './content_files';

/** Folder of the synthetic third document added to the real content. */
export const SYNTHETIC = 'content/03-tides-and-currents';

/**
 * A third document, written only for tests, with its own concepts, attributes, similarities,
 * scenarios, terms and a link to `counterpart`, a concept of another document: adding it must
 * need no code change.
 */
export function synthetic_document_files(
	counterpart: string,
	/** A second concept of that document, for a second link (analogies need two). */
	second?: string
): Record<string, string> {
	const cite = (lesson: string, section: string) => `lesson: ${lesson}, section: ${section}`;
	const ocean = cite('ocean-forces', 'Ocean Forces');
	const people = cite('coastal-people', 'Coastal People');
	return {
		[`${SYNTHETIC}/document.yaml`]: [
			'title: Tides and Currents',
			'source: synthetic.txt',
			'description: A made-up document used only by the unit tests.',
			'sections:',
			'  - name: Ocean Forces',
			'  - name: Coastal People',
			'  - name: Open Questions',
			'    covered: false'
		].join('\n'),
		[`${SYNTHETIC}/synthetic.txt`]: 'Tides and Currents\n\nOcean Forces\n\nA made-up source.\n',
		[`${SYNTHETIC}/distinctions.yaml`]: [
			'concept_noun: water movement',
			'concept_noun_plural: water movements',
			'group: all three movements',
			'concepts:',
			`  - { id: tide, name: Tide, summary: The twice-daily rise and fall of the sea, ${ocean} }`,
			`  - { id: current, name: Current, summary: A steady river of water inside the ocean, ${ocean} }`,
			`  - { id: wave, name: Wave, summary: Energy rolling across the surface of the sea, ${people} }`,
			'attributes:',
			'  - id: cause',
			'    name: Cause',
			'    trait: true',
			'    question: What mainly drives {concept}?',
			'    claim: The main driver of {concept} is {value}.',
			'    values:',
			`      - { concept: tide, text: The pull of the moon and the sun on the oceans, ${ocean} }`,
			`      - { concept: current, text: Differences in temperature and saltiness of water, ${ocean} }`,
			`      - { concept: wave, text: Wind blowing across the open surface of the sea, ${people} }`,
			'  - id: rhythm',
			'    name: Rhythm',
			'    trait: true',
			'    question: How often does {concept} repeat?',
			'    values:',
			`      - { concept: tide, text: Twice a day on a schedule that can be predicted, ${ocean} }`,
			`      - { concept: current, text: Hardly at all since the flow runs for centuries, ${ocean} }`,
			`      - { concept: wave, text: Every few seconds as one crest follows another, ${people} }`,
			'  - id: use',
			'    name: Human use',
			'    question: How do coastal people mostly use {concept}?',
			'    claim: Coastal people mostly use {concept} for {value}.',
			'    values:',
			`      - { concept: tide, text: Timing harbor entries and digging for shellfish, ${people} }`,
			`      - { concept: current, text: Steering cargo ships along faster sea routes, ${people} }`,
			`      - { concept: wave, text: Surfing contests and small power generators, ${people} }`,
			'similarities:',
			`  - { id: energy, text: Moving huge amounts of energy through seawater, ${ocean} }`,
			`  - { id: coasts, text: Shaping beaches and cliffs over long periods, ${people} }`,
			'examples:',
			'  - id: harbor-wait',
			'    text: A fishing boat waits at the harbor mouth until the water rises high enough to cross the sandbar.',
			'    concept: tide',
			'    why: The water level rises and falls on a predictable daily schedule.',
			`    ${ocean.replace(', ', '\n    ')}`,
			'  - id: ship-route',
			'    text: A cargo ship crossing the Atlantic plans its course to ride a warm stream heading east.',
			'    concept: current',
			'    why: A steady flow inside the ocean carries the ship along its route.',
			`    ${ocean.replace(', ', '\n    ')}`,
			'  - id: surf-school',
			'    text: A surf school checks the wind forecast before deciding whether lessons go ahead.',
			'    concept: wave',
			'    why: Wind over the sea surface is what builds the rolling crests.',
			`    ${people.replace(', ', '\n    ')}`,
			'scenarios:',
			'  - id: mudflat-walk',
			'    text: Walkers read a printed timetable before they cross the mudflats to the island.',
			'    concept: tide',
			'    why: The walk is safe only at the low water that comes at set hours.',
			`    ${ocean.replace(', ', '\n    ')}`,
			'  - id: stranded-dinghies',
			'    text: Dinghies in the harbor rest on the mud each morning and float again by the afternoon.',
			'    concept: tide',
			'    why: The sea level falls and rises again on a daily schedule.',
			`    ${ocean.replace(', ', '\n    ')}`,
			'  - id: rock-pools',
			'    text: Children explore rock pools that can be reached only at certain hours of the day.',
			'    concept: tide',
			'    why: The pools show when the sea draws back on its predictable daily cycle.',
			`    ${ocean.replace(', ', '\n    ')}`,
			'  - id: drifting-bottle',
			'    text: A bottle dropped off one coast washes up years later on another continent.',
			'    concept: current',
			'    why: A lasting flow inside the ocean carried it across the sea.',
			`    ${ocean.replace(', ', '\n    ')}`,
			'  - id: ice-free-port',
			'    text: A northern port stays free of ice in winter because warm water streams past it.',
			'    concept: current',
			'    why: A steady flow of warm water runs past the coast all year.',
			`    ${ocean.replace(', ', '\n    ')}`,
			'  - id: drifting-eggs',
			'    text: Fish eggs end up hundreds of miles from the reef where they were laid.',
			'    concept: current',
			'    why: A steady flow within the sea carried them far away.',
			`    ${ocean.replace(', ', '\n    ')}`,
			'  - id: breakers-seawall',
			'    text: After a windy night, breakers crash over the seawall every few seconds.',
			'    concept: wave',
			'    why: Wind over the surface raised crests that arrive one after another.',
			`    ${people.replace(', ', '\n    ')}`,
			'  - id: noon-breeze',
			'    text: The bay is flat at dawn, but by noon a breeze has raised rolling crests.',
			'    concept: wave',
			'    why: Wind blowing over the water builds the crests.',
			`    ${people.replace(', ', '\n    ')}`,
			'  - id: bobbing-buoy',
			'    text: A buoy rises and dips every few seconds once the wind picks up.',
			'    concept: wave',
			'    why: Crests driven by the wind pass under it in quick succession.',
			`    ${people.replace(', ', '\n    ')}`,
			'links:',
			'  - id: tide-community',
			'    concept: tide',
			`    counterpart: ${counterpart}`,
			'    why: Both build slowly and locally, in a rhythm the people nearby know well.',
			`    ${people.replace(', ', '\n    ')}`,
			...(second
				? [
						'  - id: wave-second',
						'    concept: wave',
						`    counterpart: ${second}`,
						'    why: Both spread fast and far from where they start.',
						`    ${people.replace(', ', '\n    ')}`
					]
				: [])
		].join('\n'),
		[`${SYNTHETIC}/01-ocean-forces.md`]: lesson_md({
			section: 'Ocean Forces',
			objectives: [
				'  - text: Explain what drives each movement.',
				'    facts: [attribute:cause, term:Gravity]',
				'    types: [attribute-value, fill-in]',
				'  - text: Tell the movements apart in a new situation.',
				'    facts: ["scenario:*"]',
				'    types: [scenario]'
			],
			terms: [
				{ term: 'Gravity', definition: 'The force by which masses pull on one another.' },
				{ term: 'Salinity', definition: 'How much dissolved salt a body of water holds.' }
			]
		}),
		[`${SYNTHETIC}/02-coastal-people.md`]: lesson_md({
			section: 'Coastal People',
			objectives: [
				'  - text: Describe how coastal people use each movement.',
				'    facts: [attribute:use, term:Swell]',
				'    types: [attribute-value, true-false, fill-in]',
				'  - text: Relate the movements to another text.',
				'    facts: ["link:*", "similarity:*"]',
				'    types: [across, which-concept]'
			],
			terms: [
				{ term: 'Sandbar', definition: 'A ridge of sediment built up near a shore.' },
				{
					term: 'Swell',
					definition: 'Long, regular rollers that travel far from the storm that raised them.',
					aliases: ['swells']
				}
			]
		})
	};
}
