// Page options live in the server file: a universal +layout.ts would ship a module (and
// Rolldown's namespace helper, a request of its own) to every page for two constants.
export const prerender = true;
export const trailingSlash = 'always';
