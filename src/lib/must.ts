/**
 * Index access under `noUncheckedIndexedAccess`: where an invariant guarantees a value is there,
 * these say which invariant, and fail loudly with it instead of carrying `undefined` on.
 */

/** `value`, which `why` guarantees is there; throws an Error saying so when it is not. */
export function must<T>(value: T | undefined | null, why: string): T {
	if (value === undefined || value === null) throw new Error(`Expected a value: ${why}`);
	return value;
}

/** `list[index]`, for an index the caller knows is inside `list`; throws when it is not. */
export function at<T>(list: readonly T[], index: number): T {
	const value = list[index];
	// The bounds are checked only when the read gives undefined, so hot loops pay one compare.
	if (value === undefined && !(Number.isInteger(index) && index >= 0 && index < list.length))
		throw new Error(`Index ${index} is outside a list of ${list.length}`);
	return value as T;
}
