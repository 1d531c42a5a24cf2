import { makeLink, makeOutcome } from '../../../helpers/builders';
import { add, deleteLinks, link, update } from '../helpers';
import type { RuleCase } from './ruleCase';

const rewrite = (statement: string) => (m: Parameters<RuleCase['fires']>[0]) => update(m.doc, m.outcomes[0].id, { statement });

export const OUTCOME_QUALITY_CASES: readonly RuleCase[] = [
  {
    rule: 'outcome/vague-verb',
    when: 'an outcome says “Understand firewalls”',
    fires: rewrite('Understand firewalls'),
    expect: (m) => ({ target: m.outcomes[0].id, field: 'statement', message: /“understand”/, fix: /“Explain firewalls” or “Describe firewalls”/ }),
    quiet: [{ when: 'the outcome explains instead', doc: rewrite('Explain how firewalls filter traffic') }],
  },
  {
    rule: 'outcome/vague-verb',
    when: 'a leading phrase hides “be familiar with”',
    fires: rewrite('On completion, learners will be familiar with cloud IAM'),
    expect: () => ({ message: /“be familiar with”/, fix: /“Describe cloud IAM”/ }),
  },
  {
    rule: 'outcome/compound',
    when: 'an outcome joins two main verbs',
    fires: rewrite('Design and implement a cleaning pipeline'),
    expect: (m) => ({ target: m.outcomes[0].id, message: /“design” and “implement”/, fix: /Split it into 2 outcomes/ }),
    quiet: [
      { when: 'one verb takes two objects', doc: rewrite('Analyse logs and network traffic') },
      { when: '“and” joins nouns after a verb', doc: rewrite('Describe the design and use of firewalls') },
    ],
  },
  {
    rule: 'outcome/no-verb',
    when: 'an outcome does not start with a verb',
    fires: rewrite('Data quality fundamentals'),
    expect: () => ({ message: /starts with “data”/ }),
    quiet: [{ when: 'the designer set the Bloom level by hand', doc: (m) => update(m.doc, m.outcomes[0].id, { statement: 'Data quality fundamentals', bloomOverride: 'understand' }) }],
  },
  {
    rule: 'outcome/ambiguous-level',
    when: 'the verb sits at several Bloom levels',
    fires: rewrite('Assess data quality against a checklist'),
    expect: (m) => ({ target: m.outcomes[0].id, field: 'bloomOverride', message: /“assess”.*analyse and evaluate/ }),
    quiet: [{ when: 'the level is set by hand', doc: (m) => update(m.doc, m.outcomes[0].id, { statement: 'Assess data quality against a checklist', bloomOverride: 'evaluate' }) }],
  },
  {
    rule: 'outcome/too-few',
    when: 'a 135-hour credential has two outcomes',
    fires: (m) => deleteLinks(m.doc, m.links.partOf[2]!.id),
    expect: (m) => ({ target: m.credential.id, message: /has 2 learning outcomes.*at least 3/ }),
    quiet: [
      {
        when: 'a credential under 45 hours has one outcome',
        doc: (m) => deleteLinks(update(m.doc, m.credential.id, { workloadHours: 20, credits: null }), m.links.partOf[1]!.id, m.links.partOf[2]!.id),
      },
    ],
  },
  {
    rule: 'outcome/too-many',
    when: 'a 135-hour credential has nine outcomes',
    fires: (m) => {
      const extra = Array.from({ length: 6 }, (_, i) => makeOutcome({ statement: `Apply cleaning technique ${i + 1}` }));
      return link(add(m.doc, ...extra), ...extra.map((o) => makeLink('part-of', o, m.credential)));
    },
    expect: () => ({ message: /has 9 learning outcomes.*at most about 8/ }),
    quiet: [
      {
        when: 'a 900-hour credential has nine outcomes',
        doc: (m) => {
          const extra = Array.from({ length: 6 }, (_, i) => makeOutcome({ statement: `Apply cleaning technique ${i + 1}` }));
          const doc = update(m.doc, m.credential.id, { credits: { value: 20, unit: 'us-credit-hour' }, workloadHours: 900 });
          return link(add(doc, ...extra), ...extra.map((o) => makeLink('part-of', o, m.credential)));
        },
      },
    ],
  },
];
