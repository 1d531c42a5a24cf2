import { makeSkill } from '../../../helpers/builders';
import { add, step, update } from '../helpers';
import type { RuleCase } from './ruleCase';

export const REVIEW_CYCLE_CASES: readonly RuleCase[] = [
  {
    rule: 'review/changed-since-approval',
    when: 'an outcome of an approved credential is rewritten after the approval',
    fires: (m) => update(step(m.doc, m.credential.id, 'approved'), m.outcomes[0].id, { statement: 'Prepare two raw datasets for analysis' }),
    expect: (m) => ({ target: m.credential.id, field: 'status', message: /is approved, but one item has changed since it was approved by University Curriculum Committee on 2026-01-10/, fix: /Send it for review again/ }),
    quiet: [
      { when: 'the approved credential is unchanged', doc: (m) => step(m.doc, m.credential.id, 'approved') },
      { when: 'only its status moved on (approved → published)', doc: (m) => step(step(m.doc, m.credential.id, 'approved'), m.credential.id, 'published', '2026-02-01T10:00:00Z') },
      { when: 'a skill no outcome of it addresses is added', doc: (m) => add(step(m.doc, m.credential.id, 'approved'), makeSkill({ statement: 'Negotiate contracts' })) },
      { when: 'it was sent back for review after the change', doc: (m) => step(update(step(m.doc, m.credential.id, 'approved'), m.outcomes[0].id, { statement: 'Prepare two raw datasets' }), m.credential.id, 'in-review', '2026-03-01T10:00:00Z') },
    ],
  },
  {
    rule: 'review/changed-since-approval',
    when: 'a published credential is renamed',
    fires: (m) => update(step(step(m.doc, m.credential.id, 'approved'), m.credential.id, 'published', '2026-02-01T10:00:00Z'), m.credential.id, { title: 'Data Wrangling II' }),
    expect: () => ({ message: /is published, but one item has changed/ }),
  },
  {
    rule: 'review/periodic-review-due',
    when: 'a yearly review was due five months ago',
    fires: (m) => step(update(m.doc, m.credential.id, { reviewCycleMonths: 12 }), m.credential.id, 'approved', '2026-01-10T10:00:00Z'),
    expect: (m) => ({ target: m.credential.id, field: 'reviewCycleMonths', message: /was due on 2027-01-10 \(every 12 months since its approval on 2026-01-10\)/ }),
    quiet: [
      { when: 'the review is more than a month away', doc: (m) => step(update(m.doc, m.credential.id, { reviewCycleMonths: 24 }), m.credential.id, 'approved') },
      { when: 'the credential is a draft (never approved)', doc: (m) => update(m.doc, m.credential.id, { reviewCycleMonths: 12 }) },
      { when: 'it is back in review', doc: (m) => step(step(update(m.doc, m.credential.id, { reviewCycleMonths: 12 }), m.credential.id, 'approved'), m.credential.id, 'in-review', '2027-05-01T10:00:00Z') },
    ],
  },
  {
    rule: 'review/periodic-review-due',
    when: 'the review falls due within a month',
    fires: (m) => step(update(m.doc, m.credential.id, { reviewCycleMonths: 12 }), m.credential.id, 'approved', '2026-06-20T10:00:00Z'),
    expect: () => ({ message: /is due on 2027-06-20, within a month/ }),
  },
];
