import type { Session } from './session';

// The custody of an unaccompanied child (issue #14): the chain of handovers the API keeps, and which step each role
// may record next. The API decides (403/409 with problem details); the dashboard only offers what it would accept,
// following the order the grains enforce (CustodyFlow in the contracts).

export const CUSTODY_STEPS = [
  'receivedFromForeignAuthority',
  'handedToChildProtection',
  'handoverConfirmed',
  'placedInShelter',
  'transferredToChildProtectionOffice',
  'reunified',
  'correction',
] as const;
export type CustodyStepKind = (typeof CUSTODY_STEPS)[number];
export type CustodyStatus =
  | 'awaitingReception' | 'receivedFromForeignAuthority' | 'handedToChildProtection' | 'handoverConfirmed'
  | 'placedInShelter' | 'transferredToChildProtectionOffice' | 'reunified';

export const RELATIONSHIPS = ['mother', 'father', 'legalGuardian', 'otherRelative', 'otherAdult'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];
/** Who may receive a child at reunification: family or a guardian, never another adult. */
export const FAMILY_RELATIONSHIPS: readonly Relationship[] = ['mother', 'father', 'legalGuardian', 'otherRelative'];

/** Steps the point's managers (INM) record; the child-protection program's providers record the others. */
const POINT_STEPS: readonly CustodyStepKind[] = ['receivedFromForeignAuthority', 'handedToChildProtection'];

/** The statuses that close the case and stop the reunification clock. */
export const isFinal = (status: CustodyStatus | string) =>
  status === 'placedInShelter' || status === 'transferredToChildProtectionOffice' || status === 'reunified';

/** Whether the child has been handed to child protection (and so may leave the point). */
export const isHandedOver = (status: CustodyStatus | string) => status !== 'awaitingReception' && status !== 'receivedFromForeignAuthority';

/** Whether `step` may follow `status` (mirrors CustodyFlow.Allows). */
export function allows(status: CustodyStatus | string, step: CustodyStepKind): boolean {
  switch (step) {
    case 'receivedFromForeignAuthority': return status === 'awaitingReception';
    case 'handedToChildProtection': return status === 'receivedFromForeignAuthority';
    case 'handoverConfirmed': return status === 'handedToChildProtection';
    case 'placedInShelter':
    case 'transferredToChildProtectionOffice':
    case 'reunified': return status === 'handedToChildProtection' || status === 'handoverConfirmed';
    default: return status !== 'awaitingReception';
  }
}

/** How this user takes part in the custody of a child at `pointCode` whose child-protection program is `programId`. */
export function custodyRole(session: Session, pointCode: string, programId: string | null | undefined): 'point' | 'childProtection' | null {
  if (session.role === 'pointManager' && session.points.includes(pointCode)) return 'point';
  if (session.role === 'provider' && !!programId && session.programs.includes(programId)) return 'childProtection';
  return null;
}

/** The steps this user may record now: the ones that may follow the status and that their role records (mirrors MayRecordCustodyStep). */
export function stepsFor(session: Session, pointCode: string, custody: { status: string; programId?: string | null }): CustodyStepKind[] {
  const role = custodyRole(session, pointCode, custody.programId);
  if (!role) return [];
  return CUSTODY_STEPS.filter((step) => allows(custody.status, step)
    && (step === 'correction' || (role === 'point') === POINT_STEPS.includes(step)));
}

// PROVISIONAL until the API's document lists them (branch `custody`): then these become names over schema.ts in types.ts.
export interface CustodyEntry {
  sequence?: number;
  step: CustodyStepKind;
  at: string;
  recordedAt?: string;
  recordedBy?: string | null;
  fromName?: string | null;
  fromInstitution?: string | null;
  toName?: string | null;
  toInstitution?: string | null;
  document?: string | null;
  note?: string | null;
  relativeName?: string | null;
  relationship?: Relationship | null;
  identityDocument?: string | null;
}

export interface CustodyView {
  status: CustodyStatus;
  elapsedHours: number;
  overdue: boolean;
  chain: CustodyEntry[];
  targetHours: number;
  dueAt?: string;
  stoppedAt?: string | null;
  nextStep?: CustodyStepKind | null;
  programId?: string | null;
}

export interface CustodyRequest {
  step: CustodyStepKind;
  at?: string;
  fromName?: string;
  fromInstitution?: string;
  toName?: string;
  toInstitution?: string;
  document?: string;
  note?: string;
  relativeName?: string;
  relationship?: Relationship;
  identityDocument?: string;
}

/** What the case read adds for issue #14 (PROVISIONAL, as above). */
export interface CaseCustodyFields {
  custody?: CustodyView | null;
  familyGroupId?: string | null;
  relationship?: Relationship | null;
}

/** A child in the child-protection program's custody list (PROVISIONAL, as above). */
export interface ChildInCustody {
  caseId: string;
  referralId?: string;
  pointCode: string;
  status: CustodyStatus;
  arrivedAt?: string;
  elapsedHours: number;
  dueAt?: string;
  overdue: boolean;
  nextStep?: CustodyStepKind | null;
}
