/**
 * A script for Playwright's `addInitScript`: it runs in the page before the page's own scripts
 * and records, in ms from navigation start (`performance.now()`), in `window.__bench`:
 * - `clickable`: the first frame in which the first answer control of the first question
 *   (`form .item` input or select) is rendered, visible and enabled. Native controls work
 *   before any JS runs, so this is the same event on a static page and on a SvelteKit page.
 * - `hydrated`: when the app attached its submit handler to that question's form, i.e. when
 *   checking an answer stops being a plain form submission.
 * - with `answer`, `interactive`: the page answers its first question itself in the first frame
 *   after `hydrated` (first choice of every radio group, first option of every select, text in
 *   a text box, then "Check answer") and records the first frame showing the verdict
 *   ("Correct.", "Partly right.", "Not quite."). Answering in the page keeps the automation's
 *   own round trips (50 to 150 ms a click) out of the figure.
 * Checks run once a frame (requestAnimationFrame), so they see what could be painted.
 */
export function page_timing_script(options: { answer: boolean }) {
	return `(() => {
	const ANSWER = ${options.answer};
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
	const answer = () => {
		const item = document.querySelector('form .item');
		const names = new Set();
		for (const radio of item.querySelectorAll('input[type=radio]')) {
			if (names.has(radio.name)) continue;
			names.add(radio.name);
			radio.click();
		}
		for (const select of item.querySelectorAll('select')) {
			select.selectedIndex = 1;
			select.dispatchEvent(new Event('change', { bubbles: true }));
		}
		for (const input of item.querySelectorAll('input[type=text]')) {
			input.value = 'an answer';
			input.dispatchEvent(new Event('input', { bubbles: true }));
		}
		item.closest('form').querySelector('button[type=submit]').click();
	};
	const VERDICT = /^(Correct|Partly right|Not quite)\\.$/;
	const frame = () => {
		if (bench.clickable === undefined) {
			const control = document.querySelector(
				'form .item input:not([type=hidden]), form .item select'
			);
			if (
				control &&
				!control.disabled &&
				control.checkVisibility({ opacityProperty: true, visibilityProperty: true })
			) {
				bench.clickable = performance.now();
			}
		}
		if (ANSWER && bench.hydrated !== undefined && bench.answered === undefined) {
			bench.answered = performance.now();
			answer();
		}
		if (bench.answered !== undefined && bench.interactive === undefined) {
			for (const p of document.querySelectorAll('form p')) {
				if (VERDICT.test(p.textContent.trim())) bench.interactive = performance.now();
			}
		}
		requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
})();`;
}

/** A plain HTML quiz question: one question, four radio buttons, no JS, no external files. */
export function static_quiz_html(question: { stem: string; options: string[] }) {
	const options = question.options
		.map(
			(text, i) =>
				`<li><label><input type="radio" name="answer" value="${i}"> <span>${escape(text)}</span></label></li>`
		)
		.join('\n\t\t\t\t');
	return `<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8">
		<meta name="viewport" content="width=device-width, initial-scale=1">
		<title>Static quiz</title>
		<style>
			body { font: 1rem/1.5 system-ui, sans-serif; max-width: 44rem; margin: 0 auto; padding: 1rem; }
			.item { border: 0; padding: 0; }
			legend { font-size: 1.25rem; font-weight: 700; }
			.options { list-style: none; padding: 0; display: grid; gap: 0.5rem; }
			.options li { border: 2px solid #ccc; border-radius: 6px; }
			.options label { display: flex; gap: 0.75rem; padding: 0.65rem 0.85rem; }
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
				<button type="submit">Check answer</button>
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
