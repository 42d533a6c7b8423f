/**
 * A script for Playwright's `addInitScript`: it runs in the page before the page's own scripts
 * and records, in ms from navigation start (`performance.now()`), in `window.__bench`:
 * - `clickable`: the first frame in which the first answer control of the first question
 *   (`form .item` input or select) is rendered, visible and enabled. Native controls work
 *   before any JS runs, so this is the same event on a static page and on a SvelteKit page.
 * - `hydrated`: when the app attached its submit handler to that question's form, i.e. when
 *   checking an answer stops being a plain form submission.
 * - `checkable`: as a learner would, the script answers the first question (the first option of
 *   each of its radio groups, each as soon as it is there) from the frame it became clickable,
 *   opens the question's "Check answer" disclosure if its HTML has one, and records the first
 *   frame showing a verdict for it
 *   (see `VERDICT`). A page that reveals feedback from its HTML (CSS on `:checked`, or on an
 *   open <details>) shows it at once; one that needs its app presses "Check answer" as soon as
 *   the button is enabled.
 *   Answering in the page keeps the automation's own round trips (50 to 150 ms a click) out.
 * Checks run once a frame (requestAnimationFrame), so they see what could be painted.
 */
export function page_timing_script() {
	return `(() => {
	const bench = (window.__bench = {});
	const add = EventTarget.prototype.addEventListener;
	EventTarget.prototype.addEventListener = function (type, listener, options) {
		if (
			type === 'submit' &&
			bench.hydrated === undefined &&
			this instanceof HTMLFormElement &&
			this.querySelector('.item')
		) {
			bench.hydrated = performance.now();
		}
		return add.call(this, type, listener, options);
	};
	const CONTROL = 'form .item input[type=radio], form .item select, form .item input[type=text]';
	// Answers the first question as a learner would: the first choice of every radio group (one
	// for a plain question, one per prompt for a matching one), the first option of every select,
	// some text in a text box (then only "Check answer" can tell). Run every frame until the
	// answer is checkable, it answers each part once, as it arrives: on a slow connection the
	// parser may not have reached a matching item's later prompts when the first showed.
	const names = new Set();
	const answer = (item) => {
		for (const radio of item.querySelectorAll('input[type=radio]')) {
			if (names.has(radio.name)) continue;
			names.add(radio.name);
			radio.click();
		}
		for (const select of item.querySelectorAll('select')) {
			if (names.has(select)) continue;
			names.add(select);
			select.selectedIndex = 1;
			select.dispatchEvent(new Event('change', { bubbles: true }));
		}
		for (const input of item.querySelectorAll('input[type=text]')) {
			if (names.has(input)) continue;
			names.add(input);
			input.value = 'an answer';
			input.dispatchEvent(new Event('input', { bubbles: true }));
		}
	};
	// "Correct.", "Partly right." or "Not quite.", optionally after a ✓ or ✗ mark.
	const VERDICT = /^[✓✗]?\\s*(Correct|Partly right|Not quite)\\./;
	const visible = (el) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
	const verdict_shown = (form) => {
		for (const el of form.querySelectorAll('p, strong, span, div')) {
			if (el.children.length <= 2 && VERDICT.test(el.textContent.trim()) && visible(el)) return true;
		}
		return false;
	};
	let control;
	const frame = () => {
		if (bench.clickable === undefined) {
			control = document.querySelector(CONTROL);
			if (control && !control.disabled && visible(control)) {
				bench.clickable = performance.now();
			}
		}
		if (bench.clickable !== undefined && bench.checkable === undefined) {
			answer(control.closest('.item'));
			const form = control.closest('form');
			// A page that checks answers from its HTML alone does it with a disclosure ("Check
			// answer" as a <summary>), so that choosing reveals nothing; the learner opens it, as
			// soon as it is there (the parser may not have reached it when the options showed).
			const check = form.querySelector('details:not([open]) > summary');
			if (!bench.opened && check && visible(check)) {
				bench.opened = performance.now();
				check.click();
			}
			if (verdict_shown(form)) bench.checkable = performance.now();
			else {
				const submit = form.querySelector('button[type=submit]');
				if (bench.hydrated !== undefined && submit && !submit.disabled && !bench.submitted) {
					bench.submitted = performance.now();
					submit.click();
				}
			}
		}
		requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
})();`;
}

/** One option of the plain page's question. */
export interface PlainOption {
	text: string;
	correct: boolean;
	feedback: string;
}

/**
 * A plain HTML quiz question: one question, four radio buttons whose feedback CSS reveals once
 * one is checked, no JS, no external files. What a hand-written quiz page can do at best.
 */
export function static_quiz_html(question: { stem: string; options: PlainOption[] }) {
	const options = question.options
		.map(
			(o, i) =>
				`<li><label><input type="radio" name="answer" value="${i}"> <span>${escape(o.text)}</span></label>` +
				`<p class="why">${o.correct ? '✓ Correct.' : '✗ Not quite.'} ${escape(o.feedback)}</p></li>`
		)
		.join('\n\t\t\t\t');
	return `<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8">
		<meta name="viewport" content="width=device-width, initial-scale=1">
		<title>Static quiz</title>
		<link rel="icon" href="data:,">
		<style>
			body { font: 1rem/1.5 system-ui, sans-serif; max-width: 44rem; margin: 0 auto; padding: 1rem; }
			.item { border: 0; padding: 0; }
			legend { font-size: 1.25rem; font-weight: 700; }
			.options { list-style: none; padding: 0; display: grid; gap: 0.5rem; }
			.options li { border: 2px solid #ccc; border-radius: 6px; }
			.options label { display: flex; gap: 0.75rem; padding: 0.65rem 0.85rem; }
			.why { display: none; margin: 0; padding: 0 0.85rem 0.65rem 2.7rem; }
			li:has(input:checked) .why { display: block; }
		</style>
	</head>
	<body>
		<main>
			<h1>Quiz</h1>
			<form action="">
				<fieldset class="item">
					<legend>${escape(question.stem)}</legend>
					<ul class="options">
				${options}
					</ul>
				</fieldset>
			</form>
		</main>
	</body>
</html>
`;
}

function escape(text: string) {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}
