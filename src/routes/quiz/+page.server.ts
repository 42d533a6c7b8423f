import { quiz_page } from '$lib/server/quiz';

export function load() {
	return quiz_page({
		scope: 'mixed',
		title: 'Mixed test on both texts',
		back: { href: '/', label: 'All lessons' },
		selection: { count: 20 }
	});
}
