import { termOf } from './tokens';

/**
 * A compact, hand-written table of words that a designer and a framework use for the same
 * thing ("dose" in an outcome, "dosage" in the skill). Each line is one group; a word may
 * sit in several. Kept general (workplace, teaching, health, data, trades, IT) rather than
 * fitted to one map: the held-out evaluation maps were not consulted when it was written.
 * WordNet was considered and left out: its npm packages either download the database at
 * run time or weigh tens of megabytes, and its broad senses ("log" ≈ "lumber") add noise.
 */
const GROUPS: readonly string[] = [
  // Verbs of outcomes and the skills they name.
  'analyse examine investigate interpret',
  'assess evaluate appraise judge rate critique',
  'identify detect recognise recognize find spot discover',
  'configure setup define specify',
  'plan schedule organise organize',
  'prioritise prioritize triage rank',
  'communicate explain brief present convey',
  'document record report write compose',
  'develop create build design formulate produce',
  'apply implement',
  'monitor observe track watch surveil',
  'measure gauge quantify metric',
  'calculate compute arithmetic',
  'troubleshoot diagnose debug fault',
  'install mount fit',
  'maintain maintenance service upkeep',
  'repair fix mend',
  'teach educate instruct train coach',
  'collaborate cooperate teamwork team',
  'lead leadership supervise manage delegate',
  'verify validate confirm check',
  'inspect inspection test examine check',
  // Health and care.
  'medication medicine drug pharmaceutical',
  'dose dosage',
  'patient client resident',
  'vital observations',
  'wound injury lesion',
  'infection contamination pathogen',
  'hygiene sanitation aseptic sterile asepsis',
  'chart charting record notes',
  'emergency urgent acute',
  'care caring nursing',
  // Data and analysis.
  'data dataset information',
  'visualise visualize visualisation visualization chart graph plot dashboard',
  'statistic statistical stats',
  'clean cleanse wrangle tidy',
  'query sql database',
  'model regression predict forecast',
  'spreadsheet excel',
  // Trades.
  'weld welding joint bead seam',
  'cut cutting torch plasma oxyfuel',
  'blueprint drawing schematic symbol',
  'safety hazard ppe protective',
  'metal steel alloy aluminium aluminum',
  // IT and security.
  'vulnerability weakness flaw exposure',
  'threat attack adversary attacker malware ransomware intrusion',
  'incident breach compromise',
  'log logging syslog audit',
  'alert alarm notification',
  'firewall filter',
  'access permission privilege authorisation authorization iam',
  'encryption encrypt cryptography cipher',
  'network traffic packet',
  'script scripting programming code automate automation',
  'remediation remediate patch mitigate mitigation',
  'policy procedure guideline protocol standard',
  // Working life.
  'ethic ethical integrity confidentiality privacy',
  'customer client stakeholder',
  'budget cost finance financial',
];

/** term → the other terms of its groups, sorted (so expansion is deterministic). */
function buildTable(): ReadonlyMap<string, readonly string[]> {
  const sets = new Map<string, Set<string>>();
  for (const line of GROUPS) {
    const group = [...new Set(line.split(' ').map(termOf).filter(Boolean))];
    for (const t of group) {
      let s = sets.get(t);
      if (!s) sets.set(t, (s = new Set()));
      for (const u of group) if (u !== t) s.add(u);
    }
  }
  const table = new Map<string, readonly string[]>();
  for (const [t, s] of sets) table.set(t, [...s].sort());
  return table;
}

let table: ReadonlyMap<string, readonly string[]> | undefined;

/** The terms that mean about the same as `term` (never `term` itself). */
export function synonymsOf(term: string): readonly string[] {
  table ??= buildTable();
  return table.get(term) ?? [];
}
