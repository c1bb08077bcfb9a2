import { api } from '../api/client';
import { messageData, normalizeNational, normalizePointDetail, normalizeProgramDetail } from '../api/normalize';
import type { AlertChange, NationalPicture, PointDetail, PointSummary, ProgramDetail } from '../api/types';
import type { FeedSpec } from './useFeed';

// The three feeds of /hubs/operations, as FeedSpecs for useFeed.

const sameCode = (a: unknown, b: string) => typeof a === 'string' && a.toUpperCase() === b.toUpperCase();

export function pointFeed(code: string): FeedSpec<PointDetail> {
  return {
    key: `point:${code}`,
    method: 'SubscribePoint',
    args: [code],
    load: () => api.point(code),
    fromSnapshot: (raw) => normalizePointDetail(raw),
    accepts(kind, message) {
      if (kind === 'pointUpdated') return sameCode(messageData(message, 'point', 'summary').code, code);
      if (kind === 'alertChanged') return sameCode(messageData(message, 'change', 'alert').pointCode, code);
      return false;
    },
    apply(current, kind, message) {
      if (kind === 'alertChanged') {
        const change = messageData(message, 'change', 'alert') as unknown as AlertChange;
        return { next: { ...current, alertLevel: change.current } };
      }
      const data = messageData(message, 'point', 'summary') as unknown as Partial<PointDetail>;
      const { queue, notices, ...summary } = data;
      const next: PointDetail = { ...current, ...summary, queue: queue ?? current.queue, notices: notices ?? current.notices };
      // The message carries the summary: re-read the queue and notices unless it sent them too.
      return { next, reload: !queue };
    },
  };
}

export function programFeed(id: string): FeedSpec<ProgramDetail> {
  return {
    key: `program:${id}`,
    method: 'SubscribeProgram',
    args: [id],
    load: () => api.program(id),
    fromSnapshot: (raw) => normalizeProgramDetail(raw),
    accepts(kind, message) {
      if (kind === 'programUpdated') return messageData(message, 'program', 'summary').id === id;
      if (kind === 'referralAssigned') {
        const data = messageData(message, 'referrals');
        return data.programId === undefined || data.programId === id || (message as { programId?: string }).programId === id;
      }
      return false;
    },
    apply(current, kind, message) {
      if (kind === 'referralAssigned') return { reload: true };
      const data = messageData(message, 'program', 'summary') as unknown as Partial<ProgramDetail>;
      const { queue, ...summary } = data;
      return { next: { ...current, ...summary, queue: queue ?? current.queue }, reload: !queue };
    },
  };
}

export function nationalFeed(): FeedSpec<NationalPicture> {
  return {
    key: 'national',
    method: 'SubscribeNational',
    args: [],
    load: async () => normalizeNational(await api.national()),
    fromSnapshot: (raw) => normalizeNational(raw),
    // Only the national group's messages: its sequence counter covers exactly these two kinds.
    accepts: (kind) => kind === 'nationalUpdated' || kind === 'alertChanged',
    apply(current, kind, message) {
      if (kind === 'nationalUpdated') {
        const picture = normalizeNational(messageData(message, 'picture', 'national'));
        return { next: { ...current, ...picture, hourly: picture.hourly ?? current.hourly } };
      }
      if (kind === 'alertChanged') {
        const change = messageData(message, 'change', 'alert') as unknown as AlertChange;
        return { next: patchPoint(current, change.pointCode, { alertLevel: change.current }) };
      }
      const point = messageData(message, 'point', 'summary') as unknown as PointSummary;
      return { next: patchPoint(current, point.code, point) };
    },
  };
}

function patchPoint(picture: NationalPicture, code: string, patch: Partial<PointSummary>): NationalPicture {
  if (!code || !picture.points.some((p) => sameCode(p.code, code))) return picture;
  return { ...picture, points: picture.points.map((p) => (sameCode(p.code, code) ? { ...p, ...patch } : p)) };
}
