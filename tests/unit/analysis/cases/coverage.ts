import { makeActivity, makeAssessment, makeLink, makeOutcome, makeSkill } from '../../../helpers/builders';
import { add, deleteLinks, link, update, updateLink } from '../helpers';
import { apply } from '../../../helpers/builders';
import type { RuleCase } from './ruleCase';

export const COVERAGE_CASES: readonly RuleCase[] = [
  {
    rule: 'alignment/essential-skill-uncovered',
    when: 'an essential skill reaches no outcome',
    fires: (m) => add(m.doc, makeSkill({ id: 'sk_orphan', statement: 'Write SQL joins', importance: 'essential' })),
    expect: () => ({ target: 'sk_orphan', message: /Essential skill “Write SQL joins” is addressed by no learning outcome/ }),
    quiet: [{ when: 'the skill is optional', doc: (m) => add(m.doc, makeSkill({ importance: 'optional' })) }],
  },
  {
    rule: 'alignment/optional-skill-uncovered',
    when: 'an optional skill reaches no outcome',
    fires: (m) => add(m.doc, makeSkill({ id: 'sk_opt', importance: 'optional' })),
    expect: () => ({ target: 'sk_opt' }),
    quiet: [{ when: 'the skill is essential (that is an error of its own)', doc: (m) => add(m.doc, makeSkill({ importance: 'essential' })) }],
  },
  {
    rule: 'alignment/outcome-unaligned',
    when: 'an outcome answers no skill',
    fires: (m) => deleteLinks(m.doc, m.links.addresses[0]!.id),
    expect: (m) => ({ target: m.outcomes[0].id, message: /LO1 “Prepare a raw dataset for analysis” is linked to no skill requirement/ }),
  },
  {
    rule: 'alignment/outcome-unassessed',
    when: 'an outcome loses its assessed-by link',
    fires: (m) => deleteLinks(m.doc, m.links.assessedBy[2]!.id),
    expect: (m) => ({ target: m.outcomes[2].id, message: /LO3 .* is not assessed/ }),
  },
  {
    rule: 'alignment/outcome-orphan',
    when: 'an outcome belongs to no credential',
    fires: (m) => add(m.doc, makeOutcome({ id: 'lo_orphan' })),
    expect: () => ({ target: 'lo_orphan' }),
  },
  {
    rule: 'alignment/assessment-orphan',
    when: 'an assessment evidences no outcome',
    fires: (m) => add(m.doc, makeAssessment({ id: 'as_orphan', title: 'Unused quiz' })),
    expect: () => ({ target: 'as_orphan', message: /“Unused quiz” evidences no learning outcome/ }),
  },
  {
    rule: 'alignment/activity-orphan',
    when: 'an activity develops no outcome',
    fires: (m) => add(m.doc, makeActivity({ id: 'ac_orphan', title: 'Field trip' })),
    expect: () => ({ target: 'ac_orphan', message: /“Field trip” develops no learning outcome/ }),
  },
  {
    rule: 'alignment/credential-no-outcomes',
    when: 'a credential has no outcome linked to it',
    fires: (m) => deleteLinks(m.doc, ...m.links.partOf.map((l) => l.id)),
    expect: (m) => ({ target: m.credential.id, message: /“Data Wrangling” states no learning outcome/ }),
    quiet: [{ when: 'one outcome is left', doc: (m) => deleteLinks(m.doc, m.links.partOf[0]!.id, m.links.partOf[1]!.id) }],
  },
  {
    rule: 'alignment/endorsement-coverage',
    when: 'one of four essential skills has no advisor endorsement',
    fires: (m) => {
      const s = makeSkill({ statement: 'Document data lineage', importance: 'essential' });
      return link(add(m.doc, s), makeLink('addresses', s, m.outcomes[2], { level: 'reinforced' }));
    },
    expect: (m) => ({ target: m.credential.id, message: /3 of 4 essential skills of “Data Wrangling” \(75%\).*“Document data lineage”/ }),
    quiet: [
      {
        when: 'the unendorsed skill is optional',
        doc: (m) => {
          const s = makeSkill({ importance: 'optional' });
          return link(add(m.doc, s), makeLink('addresses', s, m.outcomes[2], { level: 'reinforced' }));
        },
      },
    ],
  },
  {
    rule: 'alignment/endorsement-coverage',
    when: 'five essential skills have no advisor endorsement (the first three by statement are named)',
    fires: (m) =>
      ['Tune indexes', 'Audit access', 'Query logs', 'Back up data', 'Model entities'].reduce((doc, statement) => {
        const s = makeSkill({ statement, importance: 'essential' });
        return link(add(doc, s), makeLink('addresses', s, m.outcomes[1], { level: 'reinforced' }));
      }, m.doc),
    expect: (m) => ({ target: m.credential.id, message: /3 of 8 essential skills .* \(38%\).*not yet: “Audit access”, “Back up data”, “Model entities” and 2 more\.$/ }),
  },
  {
    rule: 'alignment/level-not-reached',
    when: 'industry needs a skill at an advanced level and the credential only introduces it',
    fires: (m) => updateLink(update(m.doc, m.skills[0]!.id, { proficiency: 'advanced' }), m.links.addresses[0]!.id, { level: 'introduced' }),
    expect: (m) => ({ target: m.skills[0]!.id, field: 'proficiency', message: /“Data Wrangling” only introduces skill “Clean tabular data” .* advanced level/ }),
    quiet: [
      { when: 'the advanced skill is reinforced somewhere in the credential', doc: (m) => updateLink(update(m.doc, m.skills[0]!.id, { proficiency: 'expert' }), m.links.addresses[0]!.id, { level: 'reinforced' }) },
      { when: 'the introduced skill is only needed at an intermediate level', doc: (m) => updateLink(m.doc, m.links.addresses[0]!.id, { level: 'introduced' }) },
    ],
  },
  {
    rule: 'alignment/mastery-at-low-level',
    when: 'a skill is “mastered” by an outcome at the understand level',
    fires: (m) => update(m.doc, m.outcomes[0].id, { statement: 'Describe common data types' }),
    expect: (m) => ({ target: m.links.addresses[0]!.id, field: 'level', message: /mastered by outcome LO1 .* understand level \(verb “describe”\)/ }),
    quiet: [
      { when: 'the link says “introduced”', doc: (m) => updateLink(update(m.doc, m.outcomes[0].id, { statement: 'Describe common data types' }), m.links.addresses[0]!.id, { level: 'introduced' }) },
      { when: 'the designer sets the outcome to the apply level', doc: (m) => update(m.doc, m.outcomes[0].id, { statement: 'Describe common data types', bloomOverride: 'apply' }) },
    ],
  },
  {
    rule: 'alignment/framework-changed',
    when: 'a newer framework release changed a mapped skill and the designer has not decided yet',
    fires: (m) =>
      apply(m.doc, 'skill.flagUpdates', {
        updates: [{ id: m.skills[0]!.id, update: { release: 'ESCO v1.2.0', found: '2026-12-01', change: 'changed', statement: 'Clean and validate tabular data' } }],
      }),
    expect: (m) => ({
      target: m.skills[0]!.id,
      field: 'frameworkUpdate',
      message: /^Framework changed since mapped: skill “Clean tabular data” — renamed to “Clean and validate tabular data” in ESCO v1\.2\.0\.$/,
      fix: /Accept the update/,
    }),
    quiet: [
      {
        when: 'the designer accepted the update',
        doc: (m) =>
          apply(apply(m.doc, 'skill.flagUpdates', { updates: [{ id: m.skills[0]!.id, update: { found: '2026-12-01', change: 'changed', statement: 'Clean data' } }] }), 'skill.acceptUpdate', { id: m.skills[0]!.id }),
      },
    ],
  },
];
