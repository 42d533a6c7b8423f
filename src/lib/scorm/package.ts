import * as v from 'valibot';
import {
	assignment_id,
	assignment_schema,
	canonical_assignment,
	type Assignment
} from '../classroom/assignment';
import { title_slug } from '../classroom/file_name';
import { zip_files } from '../export/zip';
import { ITEM_TYPES, type Item } from '../quiz/types';
import { scorm_manifest } from './manifest';

/**
 * The files of a SCORM package, by their names inside the zip. The player finds its data by
 * `DATA_ELEMENT`; nothing else names these files.
 */
export const SCORM_FILES = {
	manifest: 'imsmanifest.xml',
	launch: 'index.html',
	player: 'player.js'
} as const;
/** Id of the `<script type="application/json">` that carries the quiz in the launch page. */
export const DATA_ELEMENT = 'mobilize-scorm-data';
/** Id of the element the player mounts into. */
export const ROOT_ELEMENT = 'mobilize-scorm';

export const SCORM_DATA_FORMAT = 'mobilize-scorm';
export const SCORM_DATA_VERSION = 1;

/**
 * What the player runs: the assignment as set and its items as drawn. The items travel whole,
 * keys included, as the player grades in the learner's browser (the LMS gets only the score);
 * a package is no more secret than the assignment's answer key.
 */
export interface ScormData {
	format: typeof SCORM_DATA_FORMAT;
	version: typeof SCORM_DATA_VERSION;
	assignment: Assignment;
	items: Item[];
}

/**
 * The launch page: the quiz as JSON data (never executed, never markup: `<` is written as its
 * JSON escape, so no text of an item can close the element), and the player as a classic script,
 * which, unlike a module script, also runs from a file opened on a disk.
 */
export function launch_page(data: ScormData): string {
	const json = JSON.stringify(data).replace(/</g, '\\u003c');
	const title = data.assignment.title
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');
	return [
		'<!doctype html>',
		'<html lang="en">',
		'<head>',
		'<meta charset="utf-8">',
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		`<title>${title}</title>`,
		'</head>',
		'<body>',
		`<main id="${ROOT_ELEMENT}">`,
		`<h1>${title}</h1>`,
		'<noscript><p>This quiz needs JavaScript: turn it on in your browser and open it again.</p></noscript>',
		'</main>',
		`<script type="application/json" id="${DATA_ELEMENT}">${json}</script>`,
		`<script src="${SCORM_FILES.player}"></script>`,
		'</body>',
		'</html>',
		''
	].join('\n');
}

/**
 * A SCORM 1.2 package of an assignment, zipped: imsmanifest.xml at the root, the launch page
 * with the quiz in it, and the player (`player_js`, the site's built player file). Fixed dates,
 * so the same assignment gives the same bytes.
 */
export function scorm_package(options: {
	assignment: Assignment;
	items: readonly Item[];
	player_js: Uint8Array;
}): Uint8Array {
	const assignment = canonical_assignment(options.assignment);
	const data: ScormData = {
		format: SCORM_DATA_FORMAT,
		version: SCORM_DATA_VERSION,
		assignment,
		items: [...options.items]
	};
	const manifest = scorm_manifest({
		identifier: `mobilize-${assignment_id(assignment)}`,
		title: assignment.title,
		mastery: assignment.pass,
		launch: SCORM_FILES.launch,
		files: [SCORM_FILES.launch, SCORM_FILES.player]
	});
	return zip_files(
		new Map<string, string | Uint8Array>([
			[SCORM_FILES.manifest, manifest],
			[SCORM_FILES.launch, launch_page(data)],
			[SCORM_FILES.player, options.player_js]
		])
	);
}

/** The zip's name: `<title>-scorm12.zip`, named as the builder's other downloads are. */
export function scorm_file_name(title: string): string {
	return `${title_slug(title)}-scorm12.zip`;
}

const text = v.string('must be text');
const id = v.pipe(v.string('must be text'), v.minLength(1, 'must not be empty'));
const distinct = (ids: readonly string[]) => new Set(ids).size === ids.length;

/**
 * An item as far as the player reads it (it shows, grades and saves by these fields); what else
 * an item carries travels along unread.
 */
const item_schema = v.pipe(
	v.looseObject({
		id,
		type: v.picklist(ITEM_TYPES, 'must be a known item type'),
		stem: text,
		prompt: v.optional(text),
		options: v.pipe(
			v.array(
				v.looseObject({
					id,
					text,
					correct: v.boolean('must be true or false'),
					feedback: text,
					matches: v.optional(id)
				}),
				'must be a list'
			),
			v.minLength(1, 'must not be empty'),
			v.check((options) => distinct(options.map((o) => o.id)), 'must have different ids')
		),
		prompts: v.optional(
			v.pipe(
				v.array(v.looseObject({ id, text }), 'must be a list'),
				v.check((prompts) => distinct(prompts.map((p) => p.id)), 'must have different ids')
			)
		),
		accept: v.optional(v.array(text, 'must be a list')),
		explanation: text,
		source: v.looseObject({ section: text })
	}),
	v.check(
		(item) => item.type !== 'matching' || (item.prompts ?? []).length > 0,
		'is a matching question without rows to match'
	)
);

const data_schema = v.object({
	assignment: assignment_schema,
	items: v.pipe(
		v.array(item_schema, 'must be a list'),
		v.minLength(1, 'must hold at least one question'),
		// The player keys its questions by id, and saved answers name them.
		v.check((items) => distinct(items.map((item) => item.id)), 'must have different ids')
	)
});

/** Where and what, in words: "question 3, options.0.correct: must be true or false". */
function damage(issue: v.BaseIssue<unknown> | undefined): string {
	if (!issue) return 'is not valid';
	const path = v.getDotPath(issue) ?? '';
	// A key that is not there fails its object's check with valibot's own wording.
	const what =
		issue.input === undefined && issue.type.endsWith('object') ? 'is missing' : issue.message;
	const where = path.replace(/^items\.(\d+)(\.|$)/, (_, n: string, dot: string) =>
		dot ? `question ${Number(n) + 1}, ` : `question ${Number(n) + 1}`
	);
	return where ? `${where}: ${what}` : what;
}

/**
 * The player's data read from its launch page; a clear reason instead when it is not there or
 * not of this player's version (a package edited by hand, or made by a newer site).
 */
export function read_scorm_data(
	json: string | null | undefined
): { ok: true; data: ScormData } | { ok: false; problem: string } {
	let data: unknown;
	try {
		data = JSON.parse(json ?? '');
	} catch {
		return { ok: false, problem: 'The package’s quiz is missing or damaged.' };
	}
	if (typeof data !== 'object' || data === null) {
		return { ok: false, problem: 'The package’s quiz is missing or damaged.' };
	}
	const record = data as Partial<Record<keyof ScormData, unknown>>;
	if (record.format !== SCORM_DATA_FORMAT || record.version !== SCORM_DATA_VERSION) {
		return { ok: false, problem: 'The package’s quiz is of a version this player cannot run.' };
	}
	const parsed = v.safeParse(data_schema, data);
	if (!parsed.success) {
		return { ok: false, problem: `The package’s quiz is damaged (${damage(parsed.issues[0])}).` };
	}
	return {
		ok: true,
		data: {
			format: SCORM_DATA_FORMAT,
			version: SCORM_DATA_VERSION,
			assignment: parsed.output.assignment,
			// Checked in every field the player reads; the rest (the fact, the document) it never does.
			items: parsed.output.items as unknown as Item[]
		}
	};
}
