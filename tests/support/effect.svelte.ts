/**
 * Runs `fn` as a component's `$effect` runs it, until the returned function ends it. Test files
 * hold no runes (svelte.config.js leaves them uncompiled); a test that needs an effect asks here.
 */
export function in_effect(fn: () => void | (() => void)): () => void {
	return $effect.root(() => {
		$effect(fn);
	});
}
