// The SCORM player's entry: the whole of player.js in a package (built by scorm_player_plugin).
// It reads the quiz from the launch page, finds the LMS and mounts the player in place of the
// launch page's heading.
import { mount } from 'svelte';
import { find_api, LmsSession } from '$lib/scorm/lms';
import { DATA_ELEMENT, read_scorm_data, ROOT_ELEMENT } from '$lib/scorm/package';
import { ScormRun } from '$lib/scorm/run';
import ScormPlayer from './ScormPlayer.svelte';
import base from '$lib/styles/base.css?inline';
import choices from '$lib/styles/choices.css?inline';

// The site's own look (colours light and dark, type, buttons, controls, a question's options),
// from the files the site loads too; the components' styles come with their code.
const style = document.createElement('style');
style.textContent = `${base}\n${choices}`;
document.head.append(style);

const root = document.getElementById(ROOT_ELEMENT) ?? document.body;
const read = read_scorm_data(document.getElementById(DATA_ELEMENT)?.textContent);
if (!read.ok) {
	// Said in the page, as text: the package cannot run, and the learner should know why.
	const message = document.createElement('p');
	message.setAttribute('role', 'alert');
	message.textContent = `${read.problem} Ask your teacher for a new package.`;
	root.append(message);
} else {
	const api = find_api(window);
	const run = new ScormRun(api && new LmsSession(api), read.data);
	root.replaceChildren();
	mount(ScormPlayer, {
		target: root,
		props: { data: read.data, run, connected: api !== undefined }
	});
}
