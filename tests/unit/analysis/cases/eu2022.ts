import { makeCredential, makeLink } from '../../../helpers/builders';
import { add, deleteLinks, link, raw, update } from '../helpers';
import type { CleanMap } from '../helpers';
import type { RuleCase } from './ruleCase';

const clear = (...fields: string[]) => (m: CleanMap) => update(m.doc, m.credential.id, Object.fromEntries(fields.map((f) => [f, null])));

/** A mandatory element removed from the clean credential: an error naming the credential and the field. */
function mandatory(rule: string, field: string, words: RegExp): RuleCase {
  return {
    rule,
    when: `the credential has no ${field}`,
    fires: clear(field),
    expect: (m) => ({ target: m.credential.id, field, message: words }),
    profiles: ['eu-2022'],
  };
}

export const EU_2022_CASES: readonly RuleCase[] = [
  mandatory('eu-2022/learner-identification', 'learnerIdentification', /“Data Wrangling” does not state how the learner is identified.*mandatory/),
  mandatory('eu-2022/issuer-country', 'issuerCountry', /country or region of its issuer/),
  mandatory('eu-2022/awarding-body', 'awardingBody', /“Data Wrangling” does not state its awarding body \(EU Annex I, mandatory element\)/),
  mandatory('eu-2022/date-of-issue', 'dateOfIssue', /date of issuing/),
  mandatory('eu-2022/participation', 'participation', /form of participation/),
  mandatory('eu-2022/quality-assurance', 'qualityAssurance', /type of quality assurance/),
  mandatory('eu-2022/level', 'eqfLevel', /European Qualifications Framework \(only the national level “NFQ Level 6” is given\)/),
  {
    rule: 'eu-2022/title',
    when: 'a hand-edited file leaves the title blank',
    fires: (m) => raw(m.doc, (d) => void Object.assign(d.entities[m.credential.id]!, { title: ' ' })),
    expect: (m) => ({ target: m.credential.id, field: 'title' }),
  },
  {
    rule: 'eu-2022/learning-outcomes',
    when: 'a credential has no outcomes',
    fires: (m) => add(m.doc, makeCredential({ id: 'mc_empty' })),
    expect: () => ({ target: 'mc_empty', message: /has no learning outcomes/ }),
  },
  {
    rule: 'eu-2022/workload',
    when: 'neither hours nor credits are stated',
    fires: clear('workloadHours', 'credits'),
    expect: (m) => ({ target: m.credential.id, field: 'workloadHours' }),
    quiet: [{ when: 'only the credits are stated', doc: clear('workloadHours') }],
  },
  {
    rule: 'eu-2022/assessment-type',
    when: 'no assessment is linked and no type is described',
    fires: (m) => deleteLinks(update(m.doc, m.credential.id, { assessmentType: null }), ...m.links.assessedBy.map((l) => l.id)),
    expect: (m) => ({ target: m.credential.id, field: 'assessmentType' }),
    quiet: [
      { when: 'assessed-by links show the assessment', doc: clear('assessmentType') },
      { when: 'only the assessment type text is given', doc: (m) => deleteLinks(m.doc, ...m.links.assessedBy.map((l) => l.id)) },
    ],
  },
  {
    rule: 'eu-2022/prerequisites',
    when: 'no prerequisites are stated',
    fires: clear('prerequisites'),
    expect: (m) => ({ target: m.credential.id, message: /optional element/ }),
    quiet: [
      {
        when: 'a requires link states them',
        doc: (m) => {
          const c = makeCredential({ prerequisites: 'None.' });
          return link(add(clear('prerequisites')(m), c), makeLink('requires', m.credential, c));
        },
      },
    ],
  },
  {
    rule: 'eu-2022/supervision-identity',
    when: 'neither the credential nor its assessments say how assessment is supervised',
    fires: clear('supervisionAndIdentity'),
    quiet: [{ when: 'an assessment states its supervision', doc: (m) => update(clear('supervisionAndIdentity')(m), m.assessments[0]!.id, { supervision: 'online-proctored' }) }],
  },
  {
    rule: 'eu-2022/grade',
    when: 'no grading is stated',
    fires: clear('gradeAchieved'),
    quiet: [{ when: 'an assessment has a grading scheme', doc: (m) => update(clear('gradeAchieved')(m), m.assessments[0]!.id, { gradingScheme: 'pass-fail' }) }],
  },
  {
    rule: 'eu-2022/stackability',
    when: 'the credential stacks into nothing and says nothing about it',
    fires: (m) => deleteLinks(clear('stackability')(m), m.links.stacksInto.id),
    quiet: [{ when: 'a stacks-into link shows it', doc: clear('stackability') }],
  },
  {
    rule: 'eu-2022/further-information',
    when: 'there is no further information or web page',
    fires: clear('furtherInformation'),
    quiet: [{ when: 'a web page is given', doc: (m) => update(clear('furtherInformation')(m), m.credential.id, { url: 'https://example.edu/dw' }) }],
  },
  {
    rule: 'eu-2022/workload-ects',
    when: 'credits are in a unit without hours per credit and no workload is stated',
    fires: (m) => update(m.doc, m.credential.id, { credits: { value: 3, unit: 'other' }, workloadHours: null }),
    expect: () => ({ field: 'credits', message: /no ECTS equivalent can be given/, fix: /27\.5 hours per credit \(the EU's range is 25–30\)/ }),
    // The specification states the ECTS equivalent of hours it can read: the element is met.
    quiet: [
      { when: 'credits are in US credit hours (the equivalent is worked out)', doc: (m) => update(m.doc, m.credential.id, { credits: { value: 3, unit: 'us-credit-hour' } }) },
      { when: 'credits are in another unit but the workload is stated', doc: (m) => update(m.doc, m.credential.id, { credits: { value: 3, unit: 'other' } }) },
    ],
  },
];
