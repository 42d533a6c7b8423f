import { hash } from '../quiz/random';
import { escape_xml as x } from './text';
import { zip_files } from './zip';

/*
 * The layout of the zip Canvas's "QTI .zip file" import takes, as Canvas writes it itself and
 * as text2qti (a widely used tool whose packages Canvas imports) does:
 *
 *   imsmanifest.xml              IMS CP manifest, in the namespace Canvas's exports use
 *   <id>/<id>.xml                the questestinterop assessment, `<assessment ident="<id>">`
 *   <id>/assessment_meta.xml     Canvas's quiz settings: title, points, type, attempts
 *
 * Followed: instructure/canvas-lms lib/cc/qti/qti_generator.rb (generate_quiz with
 * for_cc = false, the QTI-only export) and lib/cc/cc_helper.rb (QTI_ASSESSMENT_TYPE
 * "imsqti_xmlv1p2", LOR ".../learning-application-resource", ASSESSMENT_META); the importer's
 * lib/cc/importer/canvas/quiz_metadata_converter.rb, which finds the meta through a manifest
 * resource of the LOR type and joins it to the quiz only when its path is
 * "<assessment ident>/assessment_meta.xml" (so the folder, the file and the ident must agree);
 * gpoore/text2qti qti.py, xml_imsmanifest.py and xml_assessment_meta.py (v0.5 fixed its
 * swapped identifiers, after which Canvas read the title and settings).
 * Left out: the empty `non_cc_assessments/` folder both write (nothing in it, and the importer
 * does not look for it), and the LOM date (the same questions give the same bytes).
 */

/** The identifiers and paths of one package: written here, and nowhere else. */
export interface CanvasIds {
	/** The assessment's ident, its resource's identifier and its folder. */
	assessment: string;
	manifest: string;
	/** The meta file's resource, the assessment resource's dependency. */
	meta: string;
	assignment: string;
	assessment_file: string;
	meta_file: string;
}

/**
 * The package's identifiers, from the title and the questions. Canvas keys an imported quiz by
 * the assessment's ident, so two different exports must not share one (the second import would
 * overwrite the first quiz), and exporting the same questions again keeps it.
 */
export function canvas_ids(title: string, item_ids: readonly string[]): CanvasIds {
	const key = hash([title, ...item_ids].join('\n'))
		.toString(16)
		.padStart(8, '0');
	const id = `mobilize-${key}`;
	return {
		assessment: id,
		manifest: `${id}-manifest`,
		meta: `${id}-meta`,
		assignment: `${id}-assignment`,
		assessment_file: `${id}/${id}.xml`,
		meta_file: `${id}/assessment_meta.xml`
	};
}

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>';

/** The manifest: the assessment, depending on its meta, as Canvas's QTI-only export lists them. */
function manifest(ids: CanvasIds, title: string) {
	const CP = 'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1';
	const MD = 'http://www.imsglobal.org/xsd/imsmd_v1p2';
	return [
		XML_DECL,
		`<manifest identifier="${ids.manifest}" xmlns="${CP}" xmlns:imsmd="${MD}" xmlns:xsi="${XSI}" xsi:schemaLocation="${CP} http://www.imsglobal.org/xsd/imscp_v1p1.xsd ${MD} http://www.imsglobal.org/xsd/imsmd_v1p2p2.xsd">`,
		`<metadata><schema>IMS Content</schema><schemaversion>1.1.3</schemaversion><imsmd:lom><imsmd:general><imsmd:title><imsmd:string>${x(title)}</imsmd:string></imsmd:title></imsmd:general></imsmd:lom></metadata>`,
		'<organizations/>',
		'<resources>',
		`<resource identifier="${ids.assessment}" type="imsqti_xmlv1p2" href="${ids.assessment_file}"><file href="${ids.assessment_file}"/><dependency identifierref="${ids.meta}"/></resource>`,
		`<resource identifier="${ids.meta}" type="associatedcontent/imscc_xmlv1p1/learning-application-resource" href="${ids.meta_file}"><file href="${ids.meta_file}"/></resource>`,
		'</resources>',
		'</manifest>',
		''
	].join('\n');
}

/**
 * Canvas's quiz settings. A graded quiz ("assignment") worth one point a question, one attempt
 * (as the assessment's cc_maxattempts says), answers in the order written (the assignment's
 * link gives students that order), unpublished until the teacher publishes it.
 */
function assessment_meta(ids: CanvasIds, title: string, points: number) {
	const CANVAS = 'http://canvas.instructure.com/xsd/cccv1p0';
	const t = x(title);
	return [
		XML_DECL,
		`<quiz identifier="${ids.assessment}" xmlns="${CANVAS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${CANVAS} https://canvas.instructure.com/xsd/cccv1p0.xsd">`,
		`<title>${t}</title>`,
		'<description></description>',
		'<shuffle_answers>false</shuffle_answers>',
		'<scoring_policy>keep_highest</scoring_policy>',
		'<quiz_type>assignment</quiz_type>',
		`<points_possible>${points.toFixed(1)}</points_possible>`,
		'<show_correct_answers>true</show_correct_answers>',
		'<allowed_attempts>1</allowed_attempts>',
		'<one_question_at_a_time>false</one_question_at_a_time>',
		'<cant_go_back>false</cant_go_back>',
		'<available>false</available>',
		`<assignment identifier="${ids.assignment}">`,
		`<title>${t}</title>`,
		'<workflow_state>unpublished</workflow_state>',
		`<quiz_identifierref>${ids.assessment}</quiz_identifierref>`,
		`<points_possible>${points.toFixed(1)}</points_possible>`,
		'<grading_type>points</grading_type>',
		'<submission_types>online_quiz</submission_types>',
		'</assignment>',
		'</quiz>',
		''
	].join('\n');
}

/**
 * The zip Canvas imports as it is: the manifest, the assessment (`assessment_xml`, whose
 * `<assessment ident>` must be `ids.assessment`) and its meta.
 */
export function canvas_package(options: {
	ids: CanvasIds;
	title: string;
	assessment_xml: string;
	points: number;
}): Uint8Array {
	const { ids, title, assessment_xml, points } = options;
	return zip_files(
		new Map([
			['imsmanifest.xml', manifest(ids, title)],
			[ids.assessment_file, assessment_xml],
			[ids.meta_file, assessment_meta(ids, title, points)]
		])
	);
}
