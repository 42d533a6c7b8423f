import { plain } from './schema';

/**
 * Upgrades stored progress one version at a time. A step takes the shape of version N and
 * returns the shape of version N + 1; `decode` validates the result against the current schema.
 * Steps run before validation, so they must take any data without throwing.
 */
/** Longer than one click's handler takes between grading an answer and recording it. */
const RECORDED_WITHIN_MS = 1000;

const just_after = (at: unknown, response: unknown) =>
	typeof at === 'number' &&
	typeof response === 'number' &&
	at >= response &&
	at - response <= RECORDED_WITHIN_MS;

export const steps: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {
	/**
	 * Format 1 kept each answer given in a quiz twice: in `answers` (naming its attempt) and in
	 * the attempt's responses. Format 2 keeps the response only; the answer it duplicated goes.
	 */
	1: (data) => {
		const { answers, attempts } = data;
		if (plain(answers) && plain(attempts)) {
			for (const attempt of Object.values(attempts)) {
				if (!plain(attempt) || !plain(attempt.responses)) continue;
				for (const [item, response] of Object.entries(attempt.responses)) {
					const records = Object.hasOwn(answers, item) ? answers[item] : undefined;
					if (!Array.isArray(records) || !plain(response)) continue;
					const same = JSON.stringify(response.answer);
					// Its attempt named, or else the same answer recorded just after the response:
					// the last format-1 builds read the clock twice, so the two can be 1 ms apart.
					const i = records.findIndex(
						(r) =>
							plain(r) &&
							JSON.stringify(r.answer) === same &&
							(r.attempt === attempt.id || just_after(r.at, response.at))
					);
					if (i >= 0) records.splice(i, 1);
				}
			}
		}
		return { ...data, version: 2 };
	},
	/**
	 * Format 3 schedules review with FSRS and stores each item's card once FSRS reviews it
	 * (`cards`). Format 2 scheduled by Leitner boxes worked out from the answers, and the
	 * answers are all kept, so nothing needs rewriting: an item without a card keeps the due
	 * date its box gave, as a card carried over from its answers (`carry_over` in schedule.ts),
	 * and its next answer starts FSRS from that card.
	 */
	2: (data) => ({ ...data, version: 3 })
};

export function migrate(data: Record<string, unknown>, from: number): Record<string, unknown> {
	let current = data;
	for (let version = from; ; version++) {
		const step = steps[version];
		if (!step) return current;
		current = step(current);
	}
}
