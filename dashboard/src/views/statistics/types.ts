import type { ProgramCategory } from '../../api/types';

// The statistics reports' shapes. TEMPORARY: written from the API's records (Reception.Contracts.Statistics on the
// `stats` branch) until the API's document carries them; then these become names of the generated schema.

export type AgeGroup = '0-11' | '12-17' | '18+' | 'unknown';
export type Accompaniment = 'accompanied' | 'unaccompanied' | 'notApplicable';

export interface BulletinRow {
  state: string | null;
  point: string;
  sex: string;
  ageGroup: string;
  accompaniment: string;
  originState: string | null;
  events: number;
  people: number;
}

export interface StatisticsTotals {
  events: number;
  people: number;
}

export interface Bulletin {
  from: string;
  to: string;
  point: string | null;
  generatedAt: string;
  rows: BulletinRow[];
  totals: StatisticsTotals;
}

export interface FlowRow {
  periodStart: string;
  point: string;
  arrivals: number;
  arrivalsWithNotice: number;
}

export interface Flows {
  from: string;
  to: string;
  interval: 'day' | 'week' | 'month';
  point: string | null;
  rows: FlowRow[];
  totals: { arrivals: number; arrivalsWithNotice: number };
}

export interface UnmetNeedCell {
  category: ProgramCategory;
  point: string;
  destinationState: string | null;
  cases: number;
}

export interface CategoryReferrals {
  category: ProgramCategory;
  point: string;
  referred: number;
  pending: number;
  accepted: number;
  completed: number;
  declined: number;
  cancelled: number;
}

export interface NeedsStatistics {
  from: string;
  to: string;
  point: string | null;
  unmetNeeds: UnmetNeedCell[];
  referrals: CategoryReferrals[];
}

export interface ProgramReferrals {
  programId: string;
  category: ProgramCategory | null;
  status: string;
  count: number;
}

export interface CareStatistics {
  from: string;
  to: string;
  point: string | null;
  firstService: { group: string; samples: number; medianSeconds: number | null; p90Seconds: number | null }[];
  referrals: ProgramReferrals[];
  declines: { programId: string; reason: string; count: number }[];
}

export interface ProfileRow {
  destinationState: string | null;
  point: string;
  dimension: string;
  value: string;
  cases: number;
}

export interface ProfileStatistics {
  from: string;
  to: string;
  point: string | null;
  destinationState: string | null;
  rows: ProfileRow[];
  cases: number;
  assessed: number;
}
