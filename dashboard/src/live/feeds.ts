import type { AlertChange, NationalPicture, PointDetail, PointSummary, ProgramDetail, ProgramSummary } from '../api/types';
import type { Sequenced } from './connection';
import type { FeedSpec } from './useFeed';

// The three feeds of /hubs/operations, as FeedSpecs for useFeed. Each snapshot has the shape of the
// REST detail (GET /api/points/{code}, /api/programs/{id}, /api/national) plus `sequence`.

/** `pointUpdated`: the fields of the point's detail that move; `queue` and `notices` only when they changed. */
type PointUpdated = PointSummary & Pick<PointDetail, 'waits' | 'queueTotal'> & Partial<Pick<PointDetail, 'queue' | 'notices'>> & Sequenced;
type ProgramUpdated = ProgramSummary & Sequenced;
type ReferralAssigned = { programId: string } & Sequenced;
type NationalUpdated = NationalPicture & Sequenced;
type AlertChanged = AlertChange & Sequenced;

/** The data without the message's sequence number. */
function data<T extends Sequenced>(message: T): Omit<T, 'sequence'> {
  const { sequence: _, ...rest } = message;
  return rest;
}

/** Whether a summary is older than the data held (a snapshot taken after it was sent). */
const older = (message: { asOf?: string }, current: { asOf?: string }) =>
  !!message.asOf && !!current.asOf && Date.parse(message.asOf) < Date.parse(current.asOf);

export function pointFeed(code: string): FeedSpec<PointDetail> {
  return {
    key: `point:${code}`,
    method: 'SubscribePoint',
    args: [code],
    snapshot: (_current, raw) => ({ next: data(raw as PointDetail & Sequenced) }),
    accepts(kind, message) {
      if (kind === 'pointUpdated') return (message as PointUpdated).code === code;
      if (kind === 'alertChanged') return (message as AlertChanged).pointCode === code;
      return false;
    },
    apply(current, kind, message) {
      if (kind === 'alertChanged') return { next: { ...current, ...alertOf(message as AlertChanged) } };
      const update = message as PointUpdated;
      // A field the message leaves out (the queue, the notices) did not change: the view keeps its own.
      return older(update, current) ? {} : { next: { ...current, ...data(update) } };
    },
  };
}

export function programFeed(id: string): FeedSpec<ProgramDetail> {
  return {
    key: `program:${id}`,
    method: 'SubscribeProgram',
    args: [id],
    snapshot: (_current, raw) => ({ next: data(raw as ProgramDetail & Sequenced) }),
    accepts(kind, message) {
      if (kind === 'programUpdated') return (message as ProgramUpdated).id === id;
      if (kind === 'referralAssigned') return (message as ReferralAssigned).programId === id;
      return false;
    },
    apply(current, kind, message) {
      // The program's messages do not carry its queue: a change to it means a fresh snapshot.
      if (kind === 'referralAssigned') return { reload: true };
      const update = message as ProgramUpdated;
      return older(update, current) ? {} : { next: { ...current, ...data(update) }, reload: true };
    },
  };
}

export function nationalFeed(): FeedSpec<NationalPicture> {
  return {
    key: 'national',
    method: 'SubscribeNational',
    args: [],
    snapshot: (_current, raw) => ({ next: data(raw as NationalUpdated) }),
    // Only the national group's messages: its sequence counter covers exactly these two kinds.
    accepts: (kind) => kind === 'nationalUpdated' || kind === 'alertChanged',
    apply(current, kind, message) {
      if (kind === 'nationalUpdated') {
        const picture = message as NationalUpdated;
        return older(picture, current) ? {} : { next: data(picture) };
      }
      const change = message as AlertChanged;
      return { next: { ...current, points: current.points.map((p) => (p.code === change.pointCode ? { ...p, ...alertOf(change) } : p)) } };
    },
  };
}

/** The level an alert change sets, and its reason when it gives one (otherwise the reason shown stays). */
function alertOf(change: AlertChanged) {
  return change.alertReason ? { alertLevel: change.current, alertReason: change.alertReason } : { alertLevel: change.current };
}
