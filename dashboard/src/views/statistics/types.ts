// The statistics reports' shapes. TEMPORARY: written from issue #15's contract until the API's document carries
// them; then these become names of the generated schema (src/api/types.ts) like every other shape.

export type AgeGroup = '0-11' | '12-17' | '18+';
export const AGE_GROUPS: readonly AgeGroup[] = ['0-11', '12-17', '18+'];
export type Accompaniment = 'accompanied' | 'unaccompanied' | 'notApplicable';
export const ACCOMPANIMENTS: readonly Accompaniment[] = ['accompanied', 'unaccompanied', 'notApplicable'];

export interface BulletinRow {
  state: string;
  point: string;
  sex: string;
  ageGroup: AgeGroup;
  accompaniment: Accompaniment;
  originState: string | null;
  events: number;
  people: number;
}

export interface Bulletin {
  from: string;
  to: string;
  rows: BulletinRow[];
  totals: { events: number; people: number };
}

export interface FlowBucket {
  start: string;
  events: number;
  people: number;
}

export interface Flows {
  from: string;
  to: string;
  interval: 'day' | 'week' | 'month';
  buckets: FlowBucket[];
}
