import { entityLabel, type McredDocument, type Skill } from '../model';
import { PhraseIndex, stem, words } from './match';
import { PhraseCounter } from './phrases';
import type { CountedName, EvidenceExample, EvidenceResult, Posting, SkillEvidence } from './types';

/** Employers held per skill (and overall) before the rarest are dropped. */
const EMPLOYER_LIMIT = 5_000;

interface Tally {
  postings: number;
  phrases: Map<string, number>;
  employers: Map<string, number>;
  example?: EvidenceExample;
}

export interface CounterOptions {
  /** Phrases shown in the "in demand, not in the map" list (default 15). */
  phrases?: number;
}

/**
 * Counts, per skill of the map, the postings that name it. Feed postings one by one
 * (`feed`) in any order and in any number of calls; `result()` may be called at any time.
 * Each posting counts once per skill, however often it names it. Memory is bounded: only
 * counters are kept, never the postings.
 */
export class EvidenceCounter {
  private readonly index: PhraseIndex;
  private readonly skills: Skill[];
  private readonly covered: Set<string>;
  private readonly tallies = new Map<string, Tally>();
  private readonly employers = new Map<string, number>();
  private readonly phraseCounter = new PhraseCounter();
  private total = 0;
  private from: string | undefined;
  private to: string | undefined;

  constructor(
    doc: McredDocument,
    private readonly options: CounterOptions = {},
  ) {
    this.skills = Object.values(doc.entities).filter((e): e is Skill => e.kind === 'skill');
    this.index = new PhraseIndex(this.skills);
    this.covered = new Set(Object.values(doc.links).filter((l) => l.kind === 'addresses').map((l) => l.from));
    for (const s of this.skills) this.tallies.set(s.id, { postings: 0, phrases: new Map(), employers: new Map() });
  }

  feed(posting: Posting): void {
    this.total++;
    if (posting.date) {
      if (this.from === undefined || posting.date < this.from) this.from = posting.date;
      if (this.to === undefined || posting.date > this.to) this.to = posting.date;
    }
    const employer = posting.employer;
    if (employer) bump(this.employers, employer);
    const ws = words(posting.text);
    const folded = ws.map((w) => w.word);
    const found = this.index.find(folded.map(stem));
    for (const [skill, m] of found) {
      const t = this.tallies.get(skill)!;
      t.postings++;
      bump(t.phrases, m.phrase);
      if (employer) bump(t.employers, employer);
      if (!t.example || posting.line < t.example.line) {
        const start = ws[Math.max(0, m.at - 6)]!.start;
        const end = ws[Math.min(ws.length - 1, m.at + m.length + 5)]!.end;
        t.example = {
          line: posting.line,
          ...(posting.title ? { title: posting.title } : {}),
          ...(employer ? { employer } : {}),
          phrase: m.phrase,
          snippet: `${start > 0 ? '…' : ''}${posting.text.slice(start, end).replace(/\s+/g, ' ')}${end < posting.text.length ? '…' : ''}`,
        };
      }
    }
    this.phraseCounter.feed(folded);
  }

  result(): EvidenceResult {
    const skills: SkillEvidence[] = this.skills.map((s) => {
      const t = this.tallies.get(s.id)!;
      return {
        skill: s.id,
        label: entityLabel(s),
        postings: t.postings,
        phrases: top(t.phrases, 20),
        employers: top(t.employers, 10),
        ...(t.example ? { example: t.example } : {}),
        covered: this.covered.has(s.id),
      };
    });
    skills.sort((a, b) => b.postings - a.postings || a.label.localeCompare(b.label) || a.skill.localeCompare(b.skill));
    const skillKeys = this.index.all.map((e) => ` ${e.stems.join(' ')} `);
    const min = Math.max(2, Math.ceil(this.total * 0.05));
    const phrases = this.phraseCounter.top(min, this.options.phrases ?? 15, (key) => skillKeys.some((k) => k.includes(` ${key} `) || ` ${key} `.includes(k)));
    return {
      postings: this.total,
      ...(this.from ? { from: this.from, to: this.to! } : {}),
      skills,
      phrases,
      phrasesApproximate: this.phraseCounter.approximate,
      employers: top(this.employers, 10),
    };
  }
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
  if (map.size > EMPLOYER_LIMIT) {
    // Drop the names seen once: a skill's top ten never come from them.
    for (const [k, v] of map) if (v <= 1) map.delete(k);
  }
}

function top(map: Map<string, number>, n: number): CountedName[] {
  return [...map]
    .map(([name, postings]) => ({ name, postings }))
    .sort((a, b) => b.postings - a.postings || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, n);
}

/** Counts a whole list at once (tests, small files). */
export function countPostings(doc: McredDocument, postings: Iterable<Posting>, options: CounterOptions = {}): EvidenceResult {
  const c = new EvidenceCounter(doc, options);
  for (const p of postings) c.feed(p);
  return c.result();
}
