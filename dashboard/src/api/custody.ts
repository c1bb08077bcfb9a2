import { custodyStepKindValues } from './schema';
import type { Session } from './session';
import type { CustodyStatus, CustodyStepKind, Relationship } from './types';

// The custody of an unaccompanied child (issue #14): the chain of handovers the API keeps, and which step each role
// may record next. The API decides (403/409 with problem details); the dashboard only offers what it would accept,
// following the order the grains enforce (CustodyFlow in the contracts).

export { custodyStepKindValues as CUSTODY_STEPS } from './schema';
export type { CustodyStatus, CustodyStepKind, Relationship } from './types';

/** Who accompanies a person or receives a child (the API's Relationship, which its document lists without values). */
export const RELATIONSHIPS: readonly Relationship[] = ['mother', 'father', 'legalGuardian', 'otherRelative', 'otherAdult'];
/** Who may receive a child at reunification: family or a guardian, never another adult. */
export const FAMILY_RELATIONSHIPS: readonly Relationship[] = ['mother', 'father', 'legalGuardian', 'otherRelative'];

/** Steps the point's managers (INM) record; the child-protection program's providers record the others. */
const POINT_STEPS: readonly CustodyStepKind[] = ['receivedFromForeignAuthority', 'handedToChildProtection'];

/** The statuses that close the case and stop the reunification clock. */
export const isFinal = (status: CustodyStatus | string | null) =>
  status === 'placedInShelter' || status === 'transferredToChildProtectionOffice' || status === 'reunified';

/** Whether a child's reunification clock has run out: as the API said, or since (the page stayed open). */
export const isOverdue = (q: { custody?: CustodyStatus | null; custodyDueAt?: string | null; custodyOverdue?: boolean }, now: number) =>
  !!q.custodyOverdue || (!!q.custodyDueAt && Date.parse(q.custodyDueAt) < now && !isFinal(q.custody ?? null));

/** Whether the child has been handed to child protection (and so may leave the point). */
export const isHandedOver = (status: CustodyStatus | string | null) => !!status && status !== 'awaitingReception' && status !== 'receivedFromForeignAuthority';

/** Whether `step` may follow `status` (mirrors CustodyFlow.Allows). */
export function allows(status: CustodyStatus | string | null, step: CustodyStepKind): boolean {
  switch (step) {
    case 'receivedFromForeignAuthority': return status === 'awaitingReception';
    case 'handedToChildProtection': return status === 'receivedFromForeignAuthority';
    case 'handoverConfirmed': return status === 'handedToChildProtection';
    case 'placedInShelter':
    case 'transferredToChildProtectionOffice':
    case 'reunified': return status === 'handedToChildProtection' || status === 'handoverConfirmed';
    default: return !!status && status !== 'awaitingReception';
  }
}

/** How this user takes part in the custody of a child at `pointCode` whose child-protection program is `programId`. */
export function custodyRole(session: Session, pointCode: string, programId: string | null | undefined): 'point' | 'childProtection' | null {
  if (session.role === 'pointManager' && session.points.includes(pointCode)) return 'point';
  if (session.role === 'provider' && !!programId && session.programs.includes(programId)) return 'childProtection';
  return null;
}

/** The steps this user may record now: the ones that may follow the status and that their role records (mirrors MayRecordCustodyStep). */
export function stepsFor(session: Session, pointCode: string, custody: { status: string | null; programId?: string | null }): CustodyStepKind[] {
  const role = custodyRole(session, pointCode, custody.programId);
  if (!role) return [];
  return custodyStepKindValues.filter((step) => allows(custody.status, step)
    && (step === 'correction' || (role === 'point') === POINT_STEPS.includes(step)));
}

export type { ChildInCustody, CustodyEntry, CustodyStepRequest, CustodyView } from './types';
