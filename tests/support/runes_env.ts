// Mutation testing only (vitest.mutation.config.ts): the quiz-session tests run in node with
// Svelte's browser build, not in jsdom, whose set-up took 3 to 9 s of every mutant's run. The
// state classes touch the page only to listen for `storage` events (an EventTarget stands in),
// and SvelteKit's client reads the page's origin when it loads. Tests that need a document,
// localStorage or StorageEvent stay in the dom project (happy-dom).
const scope = globalThis as { window?: unknown; location?: unknown; history?: unknown };
scope.window ??= new EventTarget();
scope.location ??= new URL('http://localhost/');
scope.history ??= { state: null, pushState() {}, replaceState() {} };
