import type { Person, Settings } from '../../model';
import { ID } from './ids';

/** Map-level settings: a fictional US state university, checked against EU 2022 and US practice. */
export const SETTINGS: Settings = {
  title: 'Cybersecurity Workforce Micro-Credentials',
  institution: 'Northfield State University',
  country: 'United States',
  creditUnit: 'us-credit-hour',
  profiles: ['eu-2022', 'us-credit-hours'],
};

/** The curriculum designer who builds the map (and is its first author). */
export const DESIGNER: Person = {
  id: ID.person.designer,
  name: 'Dr. Maya Chen',
  organisation: 'Northfield State University, School of Computing',
  role: 'designer',
};

/** The industry advisor who endorses skills and comments on outcomes. */
export const ADVISOR: Person = {
  id: ID.person.advisor,
  name: 'Ana Lopez',
  organisation: 'Acme Security',
  role: 'advisor',
};

/**
 * When each phase of the example's history happened (UTC). Stamps, comment times, the
 * revision and endorsement dates all derive from these, so the map is the same every time.
 */
export const TIMELINE = {
  /** The designer builds the map. */
  build: '2026-02-02T14:00:00Z',
  /** The advisor reviews it: endorsements and a first comment. */
  advisorReview: '2026-02-16T15:00:00Z',
  /** The map is snapshotted and sent to the faculty curriculum committee. */
  facultyReview: '2026-03-02T10:00:00Z',
  /** The designer acts on feedback after the snapshot. */
  revise: '2026-03-09T13:00:00Z',
  /** The advisor opens a new thread; the designer answers. */
  followUp: '2026-03-10T16:30:00Z',
  designerAnswer: '2026-03-11T09:15:00Z',
} as const;
