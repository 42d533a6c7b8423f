import { escape_xml as x } from '../export/text';

/**
 * A SCORM 1.2 imsmanifest.xml (ADL SCORM 1.2 Content Aggregation Model, IMS Content Packaging
 * 1.1.2 with the adlcp extension): one organization holding one item, launched from one SCO.
 * An LMS reads the title it lists the package by from the organization, the launch file from the
 * resource's `href`, and the pass mark from `adlcp:masteryscore` (0 to 100, as `cmi.core.score.raw`
 * is reported). Every file of the package is listed, which the specification asks of a resource.
 */
export function scorm_manifest(options: {
	/** Unique to this package, e.g. from the assignment id; becomes the manifest's identifier. */
	identifier: string;
	title: string;
	/** The pass mark, in percent. */
	mastery: number;
	/** The file the LMS opens, relative to the package root. */
	launch: string;
	/** Every file of the package but the manifest itself. */
	files: readonly string[];
}): string {
	const { identifier, title, mastery, launch, files } = options;
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<manifest identifier="${x(identifier)}" version="1.0"`,
		'  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
		'  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">',
		'  <metadata>',
		'    <schema>ADL SCORM</schema>',
		'    <schemaversion>1.2</schemaversion>',
		'  </metadata>',
		`  <organizations default="${ORGANIZATION}">`,
		`    <organization identifier="${ORGANIZATION}">`,
		`      <title>${x(title)}</title>`,
		`      <item identifier="${ITEM}" identifierref="${RESOURCE}" isvisible="true">`,
		`        <title>${x(title)}</title>`,
		`        <adlcp:masteryscore>${Math.round(mastery)}</adlcp:masteryscore>`,
		'      </item>',
		'    </organization>',
		'  </organizations>',
		'  <resources>',
		`    <resource identifier="${RESOURCE}" type="webcontent" adlcp:scormtype="sco" href="${x(launch)}">`,
		...files.map((file) => `      <file href="${x(file)}"/>`),
		'    </resource>',
		'  </resources>',
		'</manifest>',
		''
	].join('\n');
}

/** Identifiers inside one manifest: XML names (`xs:ID`), unique within it, fixed for every package. */
const ORGANIZATION = 'mobilize-organization';
const ITEM = 'mobilize-item';
const RESOURCE = 'mobilize-sco';
