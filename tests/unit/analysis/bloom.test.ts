import { describe, expect, it } from 'vitest';
import { BLOOM_VERBS, bloomLevelOf, classifyOutcome, highestBloomLevel, stripLeadingPhrase } from '../../../shared/analysis';
import type { BloomLevel } from '../../../shared/model';

/** The product's verb lists (PRODUCT.md, "Learning-outcome quality rules"), level by level. */
const PRODUCT_LISTS: Record<BloomLevel, string[]> = {
  remember: ['define', 'list', 'recall', 'name', 'state'],
  understand: ['explain', 'summarise', 'classify', 'interpret'],
  apply: ['apply', 'calculate', 'implement', 'solve', 'use', 'configure'],
  analyse: ['analyse', 'differentiate', 'compare', 'infer', 'prioritise'],
  evaluate: ['appraise', 'assess', 'critique', 'judge', 'justify'],
  create: ['design', 'construct', 'formulate', 'compose', 'propose', 'develop'],
};

describe('classifyOutcome: the product verb lists', () => {
  for (const [level, verbs] of Object.entries(PRODUCT_LISTS)) {
    it.each(verbs)(`places “%s” at ${level}`, (verb) => {
      const c = classifyOutcome(`${verb} the thing`);
      expect(c.verb).toBe(verb);
      expect(c.levels).toContain(level);
      expect(c.vague).toBeUndefined();
    });
  }
});

describe('classifyOutcome: verbs at several levels are ambiguous, lowest level first', () => {
  it.each([
    ['Classify network attacks by technique', ['understand', 'analyse']],
    ['Interpret a packet capture', ['understand', 'analyse']],
    ['Assess enterprise systems for vulnerabilities', ['analyse', 'evaluate']],
    ['Troubleshoot network faults', ['apply', 'analyse']],
    ['Build a data pipeline', ['apply', 'create']],
    ['Select an appropriate control', ['apply', 'evaluate']],
  ])('%s → %j', (statement, levels) => {
    expect(classifyOutcome(statement).levels).toEqual(levels);
  });
});

describe('classifyOutcome: common extras', () => {
  it.each([
    ['Identify indicators of compromise', 'remember'],
    ['Describe the OSI model', 'understand'],
    ['Deploy a web application to a cloud platform', 'apply'],
    ['Document an incident timeline', 'apply'],
    ['Investigate a phishing campaign', 'analyse'],
    ['Evaluate security controls against a standard', 'evaluate'],
    ['Monitor network traffic for anomalies', 'evaluate'],
    ['Detect intrusions with an IDS', 'evaluate'],
    ['Create a threat model', 'create'],
    ['Carry out a risk assessment', 'apply'],
  ])('%s → %s', (statement, level) => {
    expect(classifyOutcome(statement).levels).toEqual([level]);
  });

  it('every verb in the table has at least one level, in taxonomy order', () => {
    const order = ['remember', 'understand', 'apply', 'analyse', 'evaluate', 'create'];
    for (const [verb, levels] of BLOOM_VERBS) {
      expect(levels.length, verb).toBeGreaterThan(0);
      expect([...levels].sort((a, b) => order.indexOf(a) - order.indexOf(b)), verb).toEqual(levels);
    }
  });
});

describe('classifyOutcome: wording', () => {
  it.each([
    ['On completion, learners will be able to configure a firewall', 'configure'],
    ['On completion of this credential the learner will be able to analyse logs', 'analyse'],
    ['Learners can design a network', 'design'],
    ['Students should be able to justify a decision', 'justify'],
    ['By the end of the course you will be able to explain hashing', 'explain'],
    ['LO3: Troubleshoot network faults', 'troubleshoot'],
    ['- Compose a report', 'compose'],
    ['Critically evaluate security policies', 'evaluate'],
    ['Analyze data', 'analyse'],
    ['Prioritize alerts', 'prioritise'],
    ['The learner describes the OSI model', 'describe'],
    ['Using Wireshark, analyse traffic', 'analyse'],
    ['Demonstrate the ability to configure VLANs', 'configure'],
  ])('%s → %s', (statement, verb) => {
    expect(classifyOutcome(statement).verb).toBe(verb);
  });

  it('keeps the statement when no leading phrase is there', () => {
    expect(stripLeadingPhrase('Apply patches to servers')).toBe('Apply patches to servers');
    expect(stripLeadingPhrase('  On completion,   learners will be able to apply patches')).toBe('apply patches');
  });

  it('reports the first word when it is not a verb, and nothing for an empty statement', () => {
    expect(classifyOutcome('Network security fundamentals')).toEqual({ levels: [], firstWord: 'network' });
    expect(classifyOutcome('On completion, learners will be able to')).toEqual({ levels: [] });
  });
});

describe('classifyOutcome: vague verbs, with rewrites', () => {
  it.each([
    ['Understand firewalls', 'understand', ['Explain firewalls', 'Describe firewalls']],
    ['Know the OSI layers', 'know', ['Identify the OSI layers', 'State the OSI layers']],
    ['Appreciate the value of logging', 'appreciate', ['Explain the value of logging', 'Justify the value of logging']],
    ['Be familiar with cloud IAM', 'be familiar with', ['Describe cloud IAM', 'Identify cloud IAM']],
    ['Be aware of phishing techniques', 'be aware of', ['Identify phishing techniques', 'Describe phishing techniques']],
    ['Learn about encryption', 'learn about', ['Describe encryption', 'Explain encryption']],
    ['Demonstrate an understanding of TCP/IP', 'demonstrate an understanding of', ['Explain TCP/IP', 'Describe TCP/IP']],
    ['Gain a basic understanding of hashing', 'gain a basic understanding of', ['Explain hashing', 'Describe hashing']],
    ['Learners will understand how firewalls filter traffic', 'understand', ['Explain how firewalls filter traffic', 'Describe how firewalls filter traffic']],
    ['Know how to configure VLANs', 'know', ['Configure VLANs']],
  ])('%s: “%s”', (statement, verb, rewrites) => {
    const c = classifyOutcome(statement);
    expect(c.vague).toBe(true);
    expect(c.verb).toBe(verb);
    expect(c.rewrites).toEqual(rewrites);
  });

  it('does not mistake words that start like vague verbs', () => {
    expect(classifyOutcome('Learning analytics: apply dashboards').vague).toBeUndefined();
    expect(classifyOutcome('Knowledge-base articles').vague).toBeUndefined();
  });
});

describe('classifyOutcome: compound outcomes', () => {
  it.each([
    ['Design and implement a secure network', ['implement']],
    ['Develop, test and deploy a web app', ['deploy']],
    ['Identify threats, and explain their impact', ['explain']],
    ['Analyse risks and recommend mitigations', ['recommend']],
    ['Design and test a firewall rule set', ['test']],
    ['Explain and understand hashing', ['understand']],
  ])('%s → also %j', (statement, more) => {
    expect(classifyOutcome(statement).compoundWith).toEqual(more);
  });

  it.each([
    'Analyse logs and network traffic',
    'Describe the design and use of firewalls',
    'Compare and contrast symmetric and asymmetric encryption',
    'Explain networks, state machines and protocols',
    'Explain design patterns and test cases',
    'Analyse packet captures and host logs to identify indicators of compromise',
    'Configure security information and event management (SIEM) correlation rules that detect attacks',
    'Compose an incident report and an executive briefing that communicate findings',
    'Prioritise security alerts by severity, asset criticality and threat context for escalation or closure',
  ])('one main verb: %s', (statement) => {
    expect(classifyOutcome(statement).compoundWith).toBeUndefined();
  });
});

describe('bloomLevelOf and highestBloomLevel', () => {
  it('prefer the designer’s override', () => {
    expect(bloomLevelOf({ statement: 'Assess risk', bloomOverride: 'evaluate' })).toBe('evaluate');
    expect(highestBloomLevel({ bloomOverride: 'apply' }, classifyOutcome('Describe risk'))).toBe('apply');
  });

  it('give one level for a clear verb, none for an ambiguous one', () => {
    expect(bloomLevelOf({ statement: 'Design a network' })).toBe('create');
    expect(bloomLevelOf({ statement: 'Assess risk' })).toBeUndefined();
    expect(highestBloomLevel({}, classifyOutcome('Assess risk'))).toBe('evaluate');
  });
});
