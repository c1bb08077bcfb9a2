import type { components } from '../../api/schema';

// The statistics reports' shapes, named from the API's OpenAPI document (schema.ts, generated) like src/api/types.ts
// does, kept here so the statistics view's names stay beside it.

type Schemas = components['schemas'];

export type Flows = Schemas['Flows'];
export type FlowRow = Schemas['FlowRow'];
export type NeedsStatistics = Schemas['NeedsStatistics'];
export type ProfileStatistics = Schemas['ProfileStatistics'];
export type CareStatistics = Schemas['CareStatistics'];

// The bulletin is the one report the document does not describe: its route declares three 200 answers (JSON, CSV,
// XLSX) and the document keeps none of their bodies. Until the API publishes it, its shape is written here from
// the API's record (Reception.Contracts.Statistics.Bulletin).

export interface BulletinRow {
  state: string | null;
  point: string;
  sex: string;
  /** `0-11`, `12-17`, `18+` or `unknown`. */
  ageGroup: string;
  /** `accompanied`, `unaccompanied` (minors) or `notApplicable`. */
  accompaniment: string;
  originState: string | null;
  events: number;
  people: number;
}

export interface Bulletin {
  from: string;
  to: string;
  point: string | null;
  generatedAt: string;
  rows: BulletinRow[];
  totals: { events: number; people: number };
}
