import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * One file-naming convention: PascalCase for Svelte components, snake_case for every other
 * module (the part of the name before its first dot: `quiz_session.svelte.test.ts`), and
 * SvelteKit's own `+page`/`+layout` and `service-worker` names. Folders are not checked: route
 * folders are URLs.
 */
const file_names = {
	meta: { type: 'suggestion', schema: [] },
	create(context) {
		const name = context.filename.split(/[\\/]/).at(-1) ?? '';
		// SvelteKit's own names: routes' `+page`/`+layout` files and its service worker's entry.
		if (name.startsWith('+') || /^service-worker\.(js|ts)$/.test(name)) return {};
		const component = /\.svelte$/.test(name);
		// A component's test takes the component's name: QuestionView.svelte.test.ts.
		const ok = component
			? /^[A-Z][A-Za-z0-9]*\.svelte$/.test(name)
			: /^([a-z0-9]+(_[a-z0-9]+)*|[A-Z][A-Za-z0-9]*\.svelte\.test)\./.test(name);
		if (ok) return {};
		const want = component ? 'PascalCase (a Svelte component)' : 'snake_case (a module)';
		return {
			Program(node) {
				context.report({ node, message: `File name "${name}" should be ${want}.` });
			}
		};
	}
};

export default ts.config(
	{
		ignores: [
			'build/',
			'build-e2e/',
			'.svelte-kit/',
			'.svelte-kit-build-e2e/',
			'build-synthetic/',
			'.svelte-kit-build-synthetic/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'reports/',
			'.stryker-tmp/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommendedTypeChecked,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			// Type-aware linting of every TS, JS and Svelte file, with the types svelte-check uses.
			// The config files sit outside tsconfig.json's include, so they get a default project.
			parserOptions: {
				projectService: {
					allowDefaultProject: [
						'eslint.config.js',
						'svelte.config.js',
						'playwright.config.ts',
						'stryker.config.mjs',
						'vitest.mutation.config.ts'
					]
				},
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.svelte']
			}
		},
		plugins: { local: { rules: { 'file-names': file_names } } },
		rules: {
			'local/file-names': 'error',
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
			// Named here as well as in recommendedTypeChecked: the two rules this config exists for.
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error',
			// Links are `{base}` plus paths the content model builds (with trailing slashes and
			// fact anchors), so `resolve()` and its route ids do not fit them; goto() still must.
			'svelte/no-navigation-without-resolve': ['error', { ignoreLinks: true }]
		}
	},
	{
		// The service worker has a project of its own (tsconfig.json leaves it out: it runs with
		// the webworker library, not the DOM's).
		files: ['src/service-worker.ts'],
		languageOptions: {
			parserOptions: { projectService: false, project: './tsconfig.service-worker.json' }
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: { parserOptions: { parser: ts.parser, svelteConfig } }
	},
	{
		// The no-unsafe-* rules guard the library: outside it, `any` comes from what ESLint cannot
		// see rather than from our code. Routes' load functions and `$props()` data are typed by
		// SvelteKit's zero-config types, which svelte-check applies and ESLint does not; tests,
		// scripts and config files read JSON (JSON.parse gives `any`) to assert on it.
		files: ['src/routes/**', '**/*.test.ts', 'tests/**', 'scripts/**', '*.config.*'],
		rules: {
			'@typescript-eslint/no-unsafe-argument': 'off',
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-return': 'off'
		}
	},
	{
		// For the same reason ESLint sees a route's load function take and return `any`: a cast
		// to its event type, or an await of its result, looks needless to it and not to svelte-check.
		files: ['src/routes/**'],
		rules: {
			'@typescript-eslint/no-unnecessary-type-assertion': 'off',
			'@typescript-eslint/await-thenable': 'off'
		}
	},
	{
		// Svelte does not compile test files (svelte.config.js): a rune there would fail only when
		// it runs. A test that needs an effect takes `in_effect` from $testing/effect.svelte.
		files: ['**/*.test.ts'],
		rules: {
			'no-restricted-syntax': [
				'error',
				{
					selector:
						'CallExpression[callee.name=/^\\$(state|derived|effect|props|bindable|inspect|host)$/], MemberExpression[object.name=/^\\$(state|derived|effect|props|inspect)$/]',
					message:
						'Test files are not compiled by Svelte: take runes from a .svelte.ts helper (e.g. $testing/effect.svelte).'
				}
			]
		}
	},
	{
		// Shipping code never reaches test-only helpers; only tests import $testing.
		files: ['src/**'],
		ignores: ['src/**/*.test.ts', 'src/**/*Harness.svelte'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$testing', '$testing/*', '**/tests/support/*'],
							message: 'Test-only helpers ($testing) may be imported by tests only.'
						}
					]
				}
			]
		}
	},
	{
		// Components and pages run at a page's start: they import the identifiers they render from
		// page_ids.ts, as ids.ts would bring the keys of every fact and item into the start entry
		// (see vite.config.ts). This block's list replaces the one above for these files, so it
		// repeats the $testing rule.
		files: ['src/lib/components/**', 'src/routes/**/*.svelte'],
		ignores: ['src/**/*.test.ts', 'src/**/*Harness.svelte'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{
							name: '$lib/content/ids',
							message:
								'Components and pages import the identifiers they render from $lib/content/page_ids.'
						}
					],
					patterns: [
						{
							group: ['$testing', '$testing/*', '**/tests/support/*'],
							message: 'Test-only helpers ($testing) may be imported by tests only.'
						}
					]
				}
			]
		}
	}
);
