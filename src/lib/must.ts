/**
 * Index access under `noUncheckedIndexedAccess`: where an invariant guarantees a value is there,
 * these say which invariant, and fail loudly with it instead of carrying `undefined` on.
 */

/** `value`, which `why` guarantees is defined; throws an Error saying so when it is not. */
export function must<T>(value: T | undefined, why: string): T {
	if (value === undefined) throw new Error(`Expected a value: ${why}`);
	return value;
}

/** `list[index]`, for an index the caller knows is inside `list`; throws when it is not. */
export function at<T>(list: readonly T[], index: number): T {
	if (index < 0 || index >= list.length || !Number.isInteger(index))
		throw new Error(`Index ${index} is outside a list of ${list.length}`);
	return list[index] as T;
}
