// Universal, not server-only: the browser needs `trailingSlash` too, or on a page no route
// matches (the 404 page) the router would rewrite the address the learner typed.
export const prerender = true;
export const trailingSlash = 'always';
