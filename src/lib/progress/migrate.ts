/**
 * Upgrades stored progress one version at a time. A step takes the shape of version N and
 * returns the shape of version N + 1; `decode` validates the result against the current schema.
 *
 * Version 1 is the first format Mobilize has written, so there is no step yet. A change to the
 * stored shape bumps CURRENT_VERSION and adds the step from the old version here, with a test
 * that decodes a record of the old version.
 */
export const steps: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {};

export function migrate(data: Record<string, unknown>, from: number): Record<string, unknown> {
	let current = data;
	for (let version = from; steps[version]; version++) current = steps[version](current);
	return current;
}
