import { analyse, sortFindings, type AnalysisResult, type Finding } from '../../shared/analysis';
import { ProfileId, type McredDocument } from '../../shared/model';
import { MAX_HUMAN_PROBLEMS } from './output';

/** `--profile eu-2022,nzqa` → the profile ids, or a message naming the unknown ones. */
export function parseProfiles(text: string): { profiles: ProfileId[] } | { error: string } {
  const names = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = names.filter((n) => !ProfileId.safeParse(n).success);
  if (bad.length) return { error: `unknown profile ${bad.join(', ')} (known: ${ProfileId.options.join(', ')})` };
  if (!names.length) return { error: `--profile needs at least one of ${ProfileId.options.join(', ')}` };
  return { profiles: names as ProfileId[] };
}

export function checkReadiness(doc: McredDocument, profiles?: readonly ProfileId[]): AnalysisResult {
  return analyse(doc, profiles ? { profiles: [...profiles], now: Date.now() } : { now: Date.now() });
}

function findingLine(file: string, f: Finding): string {
  return `${file}: ${f.severity} ${f.rule} [${f.target}${f.field ? `.${f.field}` : ''}]: ${f.message}${f.fix ? ` Fix: ${f.fix}` : ''}`;
}

/** One line per finding, errors first; capped like load problems. */
export function readinessLines(file: string, r: AnalysisResult): string[] {
  const sorted = sortFindings(r.findings);
  const lines = sorted.slice(0, MAX_HUMAN_PROBLEMS).map((f) => findingLine(file, f));
  const more = sorted.length - MAX_HUMAN_PROBLEMS;
  if (more > 0) lines.push(`${file}: … and ${more} more finding${more === 1 ? '' : 's'} (--json lists them all)`);
  const { error, warning, info } = r.counts;
  lines.push(`${file}: readiness ${r.score === null ? 'not scored (no credential yet)' : `${r.score}/100`} against ${r.profiles.join(', ') || 'no profile'}: ${error} error${error === 1 ? '' : 's'}, ${warning} warning${warning === 1 ? '' : 's'}, ${info} note${info === 1 ? '' : 's'}`);
  return lines;
}

/** The JSON form of a readiness run, for `--json`. */
export function readinessJson(r: AnalysisResult) {
  return { profiles: r.profiles, score: r.score, counts: r.counts, byCredential: r.byCredential, findings: sortFindings(r.findings) };
}
