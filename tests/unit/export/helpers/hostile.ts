import type { McredDocument } from '../../../../shared/model';
import { ADVISOR, AUTHOR, apply, makeAssessment, makeComment, makeCredential, makeLink, makeMap, makeOutcome, makeSkill, nextStamp } from '../../../helpers/builders';

/** Every C0 control character, U+0000 to U+001F. */
export const CONTROLS = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
export const XML_SPECIALS = `<script>alert("x&y")</script> ]]> &amp; 'quoted' "double"`;
export const ARABIC = 'تحليل البيانات الأمنية';
export const HEBREW = 'ניתוח נתוני אבטחה';
export const EMOJI = '🔐 🧑‍💻 👩🏽‍🔬';
/** Halves of surrogate pairs on their own: not valid UTF-16 text, must not break the file. */
export const LONE_SURROGATES = 'broken \uD83D here and \uDC00 there';
export const LONG = `${'Long field. '.repeat(834)}END`;

export const hostile = {
  title: `Data ${XML_SPECIALS} ${ARABIC}`,
  statement: `Analyse ${HEBREW} logs ${EMOJI} with ${XML_SPECIALS}${CONTROLS}`,
  skill: `=cmd|' /C calc'!A0 ${ARABIC} ${LONE_SURROGATES}`,
};

/**
 * A map whose text is as hostile as a user (or a pasted document) can make it: XML
 * special characters, every control character, a 10,000-character field, right-to-left
 * scripts, emoji and lone surrogates, in fields, comments and a tracked change.
 */
export function hostileMap(): { doc: McredDocument; credentialId: string; revisionId: string } {
  const cred = makeCredential({
    title: hostile.title,
    description: LONG,
    industryNeed: `${HEBREW} ${CONTROLS} ${EMOJI}`,
    awardingBody: `${ARABIC} & <Co>`,
    url: 'https://example.edu/a?b=1&c=<2>',
    credits: { value: 5, unit: 'ects' },
    code: `X&Y<${EMOJI}>`,
  });
  const outcome = makeOutcome({ statement: hostile.statement, criteria: LONE_SURROGATES });
  const other = makeOutcome({ statement: `Evaluate ${ARABIC} ${EMOJI}` });
  const skill = makeSkill({ statement: hostile.skill, source: { framework: `ESCO ${XML_SPECIALS}`, code: `${CONTROLS}K1`, uri: 'http://data.europa.eu/esco/skill/x?a=1&b="2"' } });
  const exam = makeAssessment({ title: `Exam ${XML_SPECIALS}`, weighting: 100, description: LONG });
  let doc = makeMap({
    entities: [cred, outcome, other, skill, exam],
    links: [makeLink('part-of', outcome, cred, { order: 1 }), makeLink('part-of', other, cred, { order: 2 }), makeLink('addresses', skill, outcome, { level: 'mastered' }), makeLink('assessed-by', outcome, exam)],
  });
  doc = apply(doc, 'comment.add', { comment: makeComment(outcome, { field: 'statement', body: `${XML_SPECIALS}\n${ARABIC}\n${EMOJI}${CONTROLS}${LONE_SURROGATES}`, author: ADVISOR.id }) });
  doc = apply(doc, 'revision.create', { id: 'rv_hostile', name: `Before ${XML_SPECIALS}`, at: '2026-02-01T00:00:00Z', author: AUTHOR.id });
  doc = apply(doc, 'entity.update', { id: outcome.id, changes: { statement: `${hostile.statement} ${HEBREW}${LONE_SURROGATES}` } }, nextStamp(ADVISOR.id));
  return { doc, credentialId: cred.id, revisionId: 'rv_hostile' };
}
