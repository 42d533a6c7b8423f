import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { classroom_assignment } from '$testing/classroom';
import { real_quiz_documents } from '$testing/real_content';
import { all, kid, parse_xml, text } from '$testing/xml_dom';
import type { Assignment } from '../classroom/assignment';
import type { Item } from '../quiz/types';
import { scorm_manifest } from './manifest';
import {
	DATA_ELEMENT,
	launch_page,
	read_scorm_data,
	SCORM_FILES,
	scorm_file_name,
	scorm_package,
	type ScormData
} from './package';

const ADLCP = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
const { assignment, items } = classroom_assignment(real_quiz_documents(), { count: 5 });
const player_js = strToU8('/* the player */');

describe('scorm_manifest', () => {
	const xml = scorm_manifest({
		identifier: 'mobilize-0123abcd',
		title: 'Week 3 & <check> "one"',
		mastery: 75,
		launch: 'index.html',
		files: ['index.html', 'player.js']
	});
	const root = parse_xml(xml).documentElement!;

	it('is SCORM 1.2: the IMS CP 1.1.2 namespace, ADL SCORM 1.2 metadata', () => {
		expect(root.namespaceURI).toBe('http://www.imsproject.org/xsd/imscp_rootv1p1p2');
		expect(text(kid(kid(root, 'metadata'), 'schema'))).toBe('ADL SCORM');
		expect(text(kid(kid(root, 'metadata'), 'schemaversion'))).toBe('1.2');
	});

	it('has the default organization titled as the assignment, its item naming the one SCO', () => {
		const organizations = kid(root, 'organizations');
		const organization = kid(organizations, 'organization');
		expect(organizations.getAttribute('default')).toBe(organization.getAttribute('identifier'));
		expect(text(kid(organization, 'title'))).toBe('Week 3 & <check> "one"');
		const item = kid(organization, 'item');
		const resource = kid(kid(root, 'resources'), 'resource');
		expect(item.getAttribute('identifierref')).toBe(resource.getAttribute('identifier'));
		expect(resource.getAttributeNS(ADLCP, 'scormtype')).toBe('sco');
		expect(resource.getAttribute('href')).toBe('index.html');
		expect(text(all(item, 'masteryscore')[0]!)).toBe('75');
		expect(all(item, 'masteryscore')[0]!.namespaceURI).toBe(ADLCP);
		expect(root.getAttribute('identifier')).toBe('mobilize-0123abcd');
	});

	it('gives every identifier once', () => {
		const ids = all(root, 'organization')
			.concat(all(root, 'item'), all(root, 'resource'))
			.map((e) => e.getAttribute('identifier'));
		expect(new Set(ids).size).toBe(ids.length);
	});
});

describe('scorm_package', () => {
	const zip = scorm_package({ assignment, items, player_js });
	const files = unzipSync(zip);

	it('holds the manifest at its root, and every other file it holds is listed in it', () => {
		expect(Object.keys(files).sort()).toEqual(
			[SCORM_FILES.manifest, SCORM_FILES.launch, SCORM_FILES.player].sort()
		);
		const root = parse_xml(strFromU8(files[SCORM_FILES.manifest]!)).documentElement!;
		const listed = all(root, 'file').map((f) => f.getAttribute('href'));
		expect(listed.sort()).toEqual(
			Object.keys(files)
				.filter((f) => f !== SCORM_FILES.manifest)
				.sort()
		);
		expect(text(all(root, 'masteryscore')[0]!)).toBe(String(assignment.pass));
	});

	it('names the package by the assignment: the same for it, another for another, a valid XML ID', () => {
		const identifier = (a: typeof assignment) =>
			parse_xml(
				strFromU8(
					unzipSync(scorm_package({ assignment: a, items, player_js }))[SCORM_FILES.manifest]!
				)
			).documentElement!.getAttribute('identifier');
		const own = identifier(assignment);
		// An LMS tells packages apart by it: a re-upload of the same assignment updates it in place.
		expect(identifier({ ...assignment, selection: { ...assignment.selection } })).toBe(own);
		expect(identifier({ ...assignment, pass: assignment.pass === 50 ? 60 : 50 })).not.toBe(own);
		expect(identifier({ ...assignment, title: `${assignment.title} (again)` })).not.toBe(own);
		// xs:ID is an NCName: a letter or underscore first, then letters, digits, '.', '-', '_'.
		expect(own).toMatch(/^[A-Za-z_][\w.-]*$/);
	});

	it('carries the player file as given, and the quiz as data in the launch page', () => {
		expect(strFromU8(files[SCORM_FILES.player]!)).toBe('/* the player */');
		const page = strFromU8(files[SCORM_FILES.launch]!);
		expect(page).toContain(`<script src="${SCORM_FILES.player}"></script>`);
		const json = new RegExp(
			`<script type="application/json" id="${DATA_ELEMENT}">(.*?)</script>`,
			's'
		).exec(page)?.[1];
		const read = read_scorm_data(json);
		expect(read.ok && read.data.items.map((i) => i.id)).toEqual(items.map((i) => i.id));
		expect(read.ok && read.data.assignment.title).toBe(assignment.title);
	});

	it('gives the same bytes for the same assignment', () => {
		expect(
			Buffer.from(scorm_package({ assignment, items, player_js })).equals(Buffer.from(zip))
		).toBe(true);
	});
});

describe('launch_page', () => {
	it('keeps any text of an item inside its data element: no item can close it or add markup', () => {
		const stem = '</script><script>alert(1)</script><b>bold</b>';
		const data: ScormData = {
			format: 'mobilize-scorm',
			version: 1,
			assignment: { ...assignment, title: '</title><script>x</script>' },
			items: [{ ...items[0]!, stem }]
		};
		const page = launch_page(data);
		expect(page.match(/<script/g)).toHaveLength(2);
		expect(page).toContain('<title>&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;</title>');
		const json = /<script type="application\/json"[^>]*>(.*?)<\/script>/s.exec(page)?.[1];
		const read = read_scorm_data(json);
		expect(read.ok && read.data.items[0]!.stem).toBe(stem);
	});
});

describe('read_scorm_data', () => {
	it('says what is wrong with a launch page that lost or changed its data', () => {
		expect(read_scorm_data(undefined)).toEqual({
			ok: false,
			problem: 'The package’s quiz is missing or damaged.'
		});
		expect(read_scorm_data('{"format":"mobilize-scorm","version":2}')).toEqual({
			ok: false,
			problem: 'The package’s quiz is of a version this player cannot run.'
		});
		expect(read_scorm_data('{"format":"mobilize-scorm","version":1,"items":[]}')).toMatchObject({
			ok: false
		});
	});

	const good: ScormData = { format: 'mobilize-scorm', version: 1, assignment, items };
	/** The package's data with one change, as read back. */
	const read_changed = (change: (data: ScormData) => void) => {
		const data = structuredClone(good);
		change(data);
		return read_scorm_data(JSON.stringify(data));
	};
	const damaged = (what: string) => ({
		ok: false,
		problem: `The package’s quiz is damaged (${what}).`
	});

	it('reads a sound package whole', () => {
		expect(read_changed(() => {})).toEqual({ ok: true, data: good });
	});

	it('names the broken field of a question', () => {
		const choice = items.findIndex((item) => item.type !== 'matching');
		expect(
			read_changed((data) => {
				(data.items[choice]!.options[0] as { correct: unknown }).correct = 'yes';
			})
		).toEqual(damaged(`question ${choice + 1}, options.0.correct: must be true or false`));
		expect(
			read_changed((data) => {
				delete (data.items[1] as Partial<Item>).stem;
			})
		).toEqual(damaged('question 2, stem: is missing'));
		expect(
			read_changed((data) => {
				(data.items[0] as { type: string }).type = 'essay';
			})
		).toEqual(damaged('question 1, type: must be a known item type'));
		expect(
			read_changed((data) => {
				data.items[0]!.options = [];
			})
		).toEqual(damaged('question 1, options: must not be empty'));
	});

	it('refuses questions the player could not tell apart, or match', () => {
		expect(
			read_changed((data) => {
				data.items[1] = { ...data.items[1]!, id: data.items[0]!.id };
			})
		).toEqual(damaged('items: must have different ids'));
		expect(
			read_changed((data) => {
				const [first] = data.items[0]!.options;
				data.items[0]!.options.push({ ...first! });
			})
		).toEqual(damaged('question 1, options: must have different ids'));
		expect(
			read_changed((data) => {
				data.items[0] = { ...data.items[0]!, type: 'matching', prompts: [] };
			})
		).toEqual(damaged('question 1: is a matching question without rows to match'));
	});

	it('checks the assignment as the builder does: mode, pass mark, missing fields', () => {
		expect(
			read_changed((data) => {
				(data.assignment as { mode: string }).mode = 'homework';
			})
		).toEqual(damaged('assignment.mode: must be practice or exam'));
		expect(
			read_changed((data) => {
				data.assignment.pass = 101;
			})
		).toEqual(damaged('assignment.pass: must be at most 100'));
		expect(
			read_changed((data) => {
				data.assignment.pass = -1;
			})
		).toEqual(damaged('assignment.pass: must be at least 0'));
		expect(
			read_changed((data) => {
				delete (data.assignment as Partial<Assignment>).title;
			})
		).toEqual(damaged('assignment.title: is missing'));
		expect(
			read_changed((data) => {
				delete (data as Partial<ScormData>).items;
			})
		).toEqual(damaged('items: is missing'));
	});
});

describe('scorm_file_name', () => {
	it('names the zip by the title, safe on every system', () => {
		expect(scorm_file_name('Week 3: Mobilizing / review')).toBe(
			'week-3-mobilizing-review-scorm12.zip'
		);
		expect(scorm_file_name('Überblick ünd Ärger')).toBe('überblick-ünd-ärger-scorm12.zip');
		expect(scorm_file_name('../..')).toBe('assignment-scorm12.zip');
	});
});
