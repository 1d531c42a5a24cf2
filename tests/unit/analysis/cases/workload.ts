import { makeAssessment, makeCredential, makeLink, makeOutcome } from '../../../helpers/builders';
import { add, link, raw, settings, update, updateLink } from '../helpers';
import type { RuleCase } from './ruleCase';

export const WORKLOAD_CASES: readonly RuleCase[] = [
  {
    rule: 'alignment/ects-mention',
    when: 'the further information restates 540 hours of US credit hours as "about 20 ECTS"',
    fires: (m) => update(m.doc, m.credential.id, { credits: { value: 12, unit: 'us-credit-hour' }, workloadHours: 540, furtherInformation: '540 hours correspond to about 20 ECTS credits.' }),
    expect: (m) => ({ target: m.credential.id, field: 'furtherInformation', message: /further information of “Data Wrangling” mentions 20 ECTS, but its workload is about 19\.6 ECTS credits at 27\.5 hours per credit/, fix: /see 1 Summary/ }),
    quiet: [
      { when: 'it restates the same figure', doc: (m) => update(m.doc, m.credential.id, { credits: { value: 12, unit: 'us-credit-hour' }, workloadHours: 540, furtherInformation: 'About 19.6 ECTS credits.' }) },
      { when: 'it names the 5 ECTS the credential carries', doc: (m) => update(m.doc, m.credential.id, { furtherInformation: 'Worth 5 ECTS.' }) },
    ],
  },
  {
    rule: 'alignment/workload-credits',
    when: '5 ECTS are stated as 300 hours',
    fires: (m) => update(m.doc, m.credential.id, { workloadHours: 300 }),
    expect: (m) => ({ target: m.credential.id, field: 'workloadHours', message: /states 300 notional hours, but 5 ECTS stand for 125–150 hours \(25–30 hours per ECTS credit\)/ }),
    quiet: [
      { when: '5 ECTS are 125 hours (the low end of 25–30 h)', doc: (m) => update(m.doc, m.credential.id, { workloadHours: 125 }) },
      { when: '5 ECTS are 150 hours (the high end)', doc: (m) => update(m.doc, m.credential.id, { workloadHours: 150 }) },
      {
        when: 'the unit is US credit hours and the US profile reports it instead',
        doc: (m) => update(m.doc, m.credential.id, { credits: { value: 3, unit: 'us-credit-hour' }, workloadHours: 300 }),
      },
    ],
  },
  {
    rule: 'alignment/workload-credits',
    when: 'NZ credits disagree with the hours by more than 20%',
    fires: (m) => update(m.doc, m.credential.id, { credits: { value: 10, unit: 'nz-credit' }, workloadHours: 135 }),
    expect: () => ({ message: /10 NZ credits stand for 80–120 hours \(10 hours per credit ± 20%\)/ }),
  },
  {
    rule: 'alignment/activity-hours',
    when: 'the activities add up to 20 hours for 5 ECTS',
    fires: (m) => update(m.doc, m.activity.id, { contactHours: 10, selfStudyHours: 10 }),
    expect: (m) => ({ target: m.credential.id, message: /^The one learning activity of .+ comes to 20 hours \(10 contact \+ 10 self-study\), but 5 ECTS stand for 125–150 hours/, fix: /Add about 117\.5 hours/ }),
    quiet: [
      { when: 'the activities are within 25–30 h per credit', doc: (m) => update(m.doc, m.activity.id, { contactHours: 50, selfStudyHours: 100 }) },
      { when: 'the map overrides hours per credit and the activities match it', doc: (m) => settings(update(m.doc, m.activity.id, { contactHours: 40, selfStudyHours: 60 }), { hoursPerCredit: 20 }) },
    ],
  },
  {
    rule: 'alignment/assessment-weighting',
    when: 'the weightings add up to 90%',
    fires: (m) => update(m.doc, m.assessments[1]!.id, { weighting: 30 }),
    expect: (m) => ({ target: m.credential.id, message: /add up to 90%, not 100%/ }),
    quiet: [
      {
        when: 'a credential has a single assessment without weighting',
        doc: (m) => {
          const c = makeCredential();
          const o = makeOutcome({ statement: 'Apply a cleaning recipe' });
          const a = makeAssessment({ title: 'Practical' });
          return link(add(m.doc, c, o, a), makeLink('part-of', o, c), makeLink('assessed-by', o, a));
        },
      },
    ],
  },
  {
    rule: 'alignment/assessment-weighting',
    when: 'one assessment has a weighting and the other has none',
    fires: (m) => update(m.doc, m.assessments[1]!.id, { weighting: null }),
    expect: (m) => ({ target: m.assessments[1]!.id, field: 'weighting', message: /“Pipeline portfolio” of “Data Wrangling” has no weighting/ }),
  },
  {
    rule: 'stacking/credits-recognised',
    when: 'a program recognises 10 ECTS of a 5-ECTS credential',
    fires: (m) => updateLink(m.doc, m.links.stacksInto.id, { creditsRecognised: 10 }),
    expect: (m) => ({ target: m.links.stacksInto.id, field: 'creditsRecognised', message: /recognises 10 ECTS for “Data Wrangling”, which carries only 5 ECTS/ }),
    quiet: [
      { when: 'the program counts in US credit hours and recognises the converted value', doc: (m) => updateLink(update(m.doc, m.program.id, { totalCredits: { value: 30, unit: 'us-credit-hour' } }), m.links.stacksInto.id, { creditsRecognised: 3 }) },
    ],
  },
  {
    rule: 'stacking/credits-recognised',
    when: 'the units differ and the converted value is exceeded',
    fires: (m) => updateLink(update(m.doc, m.program.id, { totalCredits: { value: 30, unit: 'us-credit-hour' } }), m.links.stacksInto.id, { creditsRecognised: 4 }),
    expect: () => ({ message: /carries only 5 ECTS \(≈ 3\.1 credit hours\)/ }),
  },
  {
    rule: 'stacking/credit-units',
    when: 'the credential counts in a unit with no hours per credit',
    fires: (m) => update(m.doc, m.credential.id, { credits: { value: 5, unit: 'other' } }),
    expect: (m) => ({ target: m.links.stacksInto.id, message: /carries 5 credits and “Certificate in Data Analytics” counts in ECTS credits/ }),
  },
  {
    rule: 'stacking/program-total',
    when: 'the credits recognised exceed the program total',
    fires: (m) => update(m.doc, m.program.id, { totalCredits: { value: 4, unit: 'ects' } }),
    expect: (m) => ({ target: m.program.id, field: 'totalCredits', message: /recognised for 5 ECTS in all \(“Data Wrangling” 5\), more than its total of 4 ECTS/ }),
  },
  {
    rule: 'stacking/requires-cycle',
    when: 'two credentials require each other (a hand-edited file)',
    fires: (m) => {
      const other = makeCredential({ id: 'mc_other', title: 'SQL Basics' });
      const doc = link(add(m.doc, other), makeLink('requires', m.credential, other, { id: 'ln_req1' }));
      return raw(doc, (d) => {
        d.links.ln_req2 = { id: 'ln_req2', kind: 'requires', from: 'mc_other', to: m.credential.id };
      });
    },
    expect: (m) => ({ message: /circle: “Data Wrangling” requires “SQL Basics” requires “Data Wrangling”/, count: 2, target: m.credential.id }),
    quiet: [
      {
        when: 'prerequisites form a chain',
        doc: (m) => {
          const other = makeCredential({ title: 'SQL Basics' });
          return link(add(m.doc, other), makeLink('requires', m.credential, other));
        },
      },
    ],
  },
];
