import { error } from '@sveltejs/kit';
import type { Component } from 'svelte';

/** Each lesson body is its own chunk: a lesson page loads only its own Markdown. */
const bodies = import.meta.glob<{ default: Component }>('/content/*/*.md');

export async function load({ data }) {
	const body = bodies[`/${data.lesson.file}`];
	if (!body) error(404, `The text of “${data.lesson.title}” is missing.`);
	return { ...data, Body: (await body()).default };
}
