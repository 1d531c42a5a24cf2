import { termOf } from './tokens';

/**
 * Broader terms, WordNet-style (hyponym → hypernym, "is a kind of" / "is part of"): an
 * outcome names the specific thing ("hypothesis tests", "infusion pump"), a framework skill
 * often names the field or the class ("statistics", "equipment"). Only that direction is
 * used: an outcome that says "equipment" does not mean every machine. Hand-written general
 * English across the fields of work (each line: the broader word, then narrower ones); a
 * word may sit under several broader words. Written while studying the development maps'
 * misses (tests/fixtures/suggest/maps.ts), as general entries, never a map's word pairs;
 * the held-out maps were not seen and their fields were not written for.
 */
const LINES: readonly string[] = [
  // Fields of knowledge named by their methods and objects.
  'statistics: hypothesis regression variance median correlation probability sampling significance inferential descriptive anova outlier deviation percentile quartile',
  'mathematics: arithmetic algebra geometry equation formula calculus trigonometry numeracy fraction percentage ratio proportion conversion calculation calculate',
  'programming: script scripting python java javascript function loop algorithm debugging coding code',
  'database: sql table query schema join',
  'law: legislation statute regulation act ordinance legal lawful',
  'legislation: act statute regulation',
  'ethics: confidentiality consent privacy integrity',
  'communication: conversation discussion handover briefing listening explaining negotiation presentation clarifying consultation liaison referral',
  'communicate: clarify discuss explain negotiate consult liaise refer inform handover',
  'teamwork: colleague team multidisciplinary interdisciplinary collaborate collaboration',
  'document: record log chart register form report note',
  'data: record log measurement observation figure dataset',
  'information: record data document note',
  'quality: defect standard acceptance tolerance conformance compliance inspection',
  'standard: specification code criterion requirement',
  'safety: hazard risk injury accident protective ppe danger',
  'health: wellbeing illness disease hygiene injury',
  'equipment: plant machine machinery apparatus tool device instrument appliance gear kit',
  'tool: gauge meter spanner wrench drill saw grinder',
  'material: metal steel timber plastic concrete glass fabric',
  'metal: steel iron aluminium copper alloy',
  'computer: software hardware laptop server',
  'software: application program app tool platform',
  'finance: budget cost price revenue expense invoice payment',
  'management: planning scheduling budgeting supervision delegation coordination',
  'critical thinking: bias assumption limitation reasoning argument evidence fallacy',
  'reasoning: inference deduction induction logic argument',
  'research: literature study survey experiment investigation',
  'analysis: analyse examine interpret investigation',
  'visualisation: chart graph plot diagram dashboard infographic',
  'drawing: plan diagram blueprint sketch schematic elevation',
  'environment: waste pollution emission sustainability recycling energy',
  'customer service: complaint enquiry service',
  'teaching: lesson curriculum pedagogy assessment tutoring',
];

/** A broader term and its share of the evidence: a two-word name ("critical thinking") gives each word half. */
export interface Broader {
  term: string;
  share: number;
}

/** narrower term → its broader terms, sorted (so expansion is deterministic). */
function buildTable(): ReadonlyMap<string, readonly Broader[]> {
  const up = new Map<string, Map<string, number>>();
  for (const line of LINES) {
    const [broad, narrow] = line.split(':') as [string, string];
    const broader = broad.split(' ').map(termOf).filter(Boolean);
    for (const word of narrow.trim().split(/\s+/)) {
      const t = termOf(word);
      if (!t) continue;
      let s = up.get(t);
      if (!s) up.set(t, (s = new Map()));
      for (const b of broader) if (b !== t) s.set(b, Math.max(s.get(b) ?? 0, 1 / broader.length));
    }
  }
  const table = new Map<string, readonly Broader[]>();
  for (const [t, s] of up) {
    if (s.size) table.set(t, [...s].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([term, share]) => ({ term, share })));
  }
  return table;
}

let table: ReadonlyMap<string, readonly Broader[]> | undefined;

/** The broader terms of `term` ("regress" → "statist"), never `term` itself. */
export function broaderOf(term: string): readonly Broader[] {
  table ??= buildTable();
  return table.get(term) ?? [];
}
