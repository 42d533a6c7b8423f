/**
 * Writes the quiz bank generated from content/ as JSON, GIFT, Moodle XML, QTI 2.1 or QTI 1.2,
 * for use outside the site.
 *
 *   npm run export -- --format json|gift|moodle-xml|qti21|qti12 [--seed N] [--lessons a,b]
 *                     [--documents d] [--types t1,t2] [--count N] [--out FILE]
 *
 * Mistakes on the command line exit with code 2 and print one line to stderr starting
 * "export: ". Content the build would refuse (schema or quality gates) exits with code 1 after
 * the build's own lines, one per problem: `file: field: rule`. See --help and export_cli.ts.
 */
import { writeFileSync } from 'node:fs';
import { export_main } from './export_cli';

// A reader that stops early (`| head`) closes the pipe; that is not an error worth a trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit(0);
	throw error;
});
process.exitCode = export_main(process.argv.slice(2), {
	stdout: (text) => process.stdout.write(text),
	stderr: (text) => process.stderr.write(text),
	write_file: (path, data) => writeFileSync(path, data)
});
