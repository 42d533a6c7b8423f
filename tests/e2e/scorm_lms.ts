// An LMS for the SCORM tests: scorm-again's SCORM 1.2 API on a host page that plays an unzipped
// package in an iframe, as an LMS does, and keeps what the package reported in localStorage (as
// an LMS keeps it on its server), so a reload of the host page is a new sitting.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Frame, Page } from '@playwright/test';
import { serve_static } from '../../scripts/static_server';
import { SCORM_FILES, read_scorm_data, type ScormData } from '../../src/lib/scorm/package';

/** The host page, beside the package's folder. Nothing here is a hand-written API: scorm-again is. */
const HOST = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Test LMS</title>
<style>body{margin:0} iframe{border:0;width:100%;height:100vh;display:block}</style></head>
<body>
<script src="scorm12.js"></script>
<script>
	const KEY = 'test-lms:cmi';
	const api = new Scorm12API({ logLevel: 5 });
	// As an LMS does (SCORM 1.2 RTE 3.4.2, cmi.core.entry and exit): the last sitting's record
	// comes back only if it ended with exit "suspend", as entry "resume"; otherwise this is a new
	// attempt, "ab-initio", from nothing. Exit and the session's time are the last sitting's.
	const kept = JSON.parse(localStorage.getItem(KEY) || 'null');
	if (kept && kept.core && kept.core.exit === 'suspend') {
		delete kept.core.exit;
		delete kept.core.entry;
		delete kept.core.session_time;
		api.loadFromJSON(kept, 'cmi');
		api.cmi.core.entry = 'resume';
	} else api.cmi.core.entry = 'ab-initio';
	// Every value the package sends, counted, so a test can say nothing was sent again.
	window.lms_sets = 0;
	api.on('LMSSetValue.cmi.*', () => window.lms_sets++);
	// What the manifest's masteryscore says, as an LMS reads it when importing the package.
	const params = new URLSearchParams(location.search);
	const mastery = params.get('mastery');
	if (mastery) api.cmi.student_data.mastery_score = mastery;
	// How the LMS opens the quiz (cmi.core.lesson_mode): "browse" for a preview, "review".
	const mode = params.get('mode');
	if (mode) api.loadFromJSON({ core: { lesson_mode: mode } }, 'cmi');
	const keep = () => localStorage.setItem(KEY, JSON.stringify(api.renderCMIToJSONObject().cmi));
	api.on('LMSCommit', keep);
	api.on('LMSFinish', keep);
	window.API = api;
</script>
<iframe src="package/${SCORM_FILES.launch}" title="Quiz"></iframe>
</body>
</html>
`;

/** A package unzipped next to the host page and scorm-again, on a server of its own. */
export async function serve_lms(zip: Uint8Array) {
	const dir = mkdtempSync(join(tmpdir(), 'mobilize-scorm-'));
	const files = unzipSync(zip);
	for (const [name, bytes] of Object.entries(files)) {
		const path = join(dir, 'package', name);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, bytes);
	}
	const require = createRequire(import.meta.url);
	copyFileSync(require.resolve('scorm-again/scorm12/min'), join(dir, 'scorm12.js'));
	writeFileSync(join(dir, 'lms.html'), HOST);
	const server = await serve_static(dir, 0);
	const launch = strFromU8(files[SCORM_FILES.launch] ?? new Uint8Array());
	const json = /<script type="application\/json"[^>]*>(.*?)<\/script>/s.exec(launch)?.[1];
	const read = read_scorm_data(json);
	if (!read.ok) throw new Error(`the package's launch page: ${read.problem}`);
	const manifest = strFromU8(files[SCORM_FILES.manifest] ?? new Uint8Array());
	const mastery = /<adlcp:masteryscore>(\d+)</.exec(manifest)?.[1] ?? '';
	return {
		data: read.data,
		url: `${server.url}/lms.html?mastery=${mastery}`,
		async stop() {
			await server.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/** What scorm-again holds for the attempt. */
export async function lms_state(page: Page) {
	return page.evaluate(() => {
		const host = window as unknown as {
			API: { cmi: ScormCmi; renderCMIToJSONObject(): { cmi: ScormCmi } };
			lms_sets: number;
		};
		const { cmi } = host.API;
		const stored = host.API.renderCMIToJSONObject().cmi;
		return {
			// Write-only for the package (its getter throws), read as the LMS stores it.
			exit: stored.core.exit,
			entry: cmi.core.entry,
			/** LMSSetValue calls in this page so far. */
			sets: host.lms_sets,
			status: cmi.core.lesson_status,
			raw: cmi.core.score.raw,
			min: cmi.core.score.min,
			max: cmi.core.score.max,
			suspend: cmi.suspend_data,
			/** One record per answered question (`cmi.interactions.n`), in the order written. */
			interactions: Object.values(stored.interactions ?? {}).map((i) => ({
				id: i.id,
				type: i.type,
				result: i.result,
				response: i.student_response,
				pattern: i.correct_responses?.[0]?.pattern ?? ''
			}))
		};
	});
}

interface ScormCmi {
	core: {
		exit: string;
		entry: string;
		lesson_status: string;
		score: { raw: string; min: string; max: string };
	};
	suspend_data: string;
	interactions?: Record<
		string,
		{
			id: string;
			type: string;
			result: string;
			student_response: string;
			correct_responses?: Record<string, { pattern: string }>;
		}
	>;
}

/** Makes the host's next load find this record, as an LMS's server would hand it back. */
export async function keep_record(page: Page, cmi: unknown) {
	await page.evaluate((text) => localStorage.setItem('test-lms:cmi', text), JSON.stringify(cmi));
}

/** The package's frame. */
export function quiz_frame(page: Page): Frame {
	const frame = page.frames().find((f) => f.url().endsWith(`/package/${SCORM_FILES.launch}`));
	if (!frame) throw new Error('the host page has no quiz frame');
	return frame;
}

export type { ScormData };
