import { error } from '@sveltejs/kit';
import bodies from 'virtual:mobilize-lessons';

export async function load({ data }) {
	const body = bodies[data.lesson.file];
	if (!body) error(404, `The text of “${data.lesson.title}” is missing.`);
	return { ...data, Body: (await body()).default };
}
