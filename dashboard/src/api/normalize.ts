import type { NationalPicture, PointDetail, PointSummary, ProgramDetail, ProgramSummary } from './types';

// The contract says a point detail "adds queue and notices" to the summary; a host may send them
// flattened ({code, …, queue}) or nested ({summary: {…}, queue}). Live messages carry the data
// beside `sequence`, flattened or under a property. These helpers accept every such shape.

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function normalizePointDetail(raw: unknown): PointDetail {
  const o = isObject(raw) ? raw : {};
  const inner = isObject(o.detail) ? o.detail : isObject(o.point) ? o.point : o;
  const summary = isObject(inner.summary) ? inner.summary : inner;
  return {
    ...(summary as unknown as PointSummary),
    ...(inner as object),
    queue: Array.isArray(inner.queue) ? inner.queue : [],
    notices: Array.isArray(inner.notices) ? inner.notices : [],
  } as PointDetail;
}

export function normalizeProgramDetail(raw: unknown): ProgramDetail {
  const o = isObject(raw) ? raw : {};
  const inner = isObject(o.detail) ? o.detail : isObject(o.program) ? o.program : o;
  const summary = isObject(inner.summary) ? inner.summary : inner;
  return {
    ...(summary as unknown as ProgramSummary),
    ...(inner as object),
    queue: Array.isArray(inner.queue) ? inner.queue : [],
  } as ProgramDetail;
}

export function normalizeNational(raw: unknown): NationalPicture {
  const o = isObject(raw) ? raw : {};
  const inner = isObject(o.picture) ? o.picture : isObject(o.national) ? o.national : isObject(o.data) ? o.data : o;
  return {
    ...(inner as object),
    points: Array.isArray(inner.points) ? inner.points : [],
    totals: (isObject(inner.totals) ? inner.totals : { arrivedToday: 0, present: 0, capacity: 0, pendingReferrals: 0 }) as unknown as NationalPicture['totals'],
  } as NationalPicture;
}

/** The payload of a live message: the object beside `sequence` or under one of the usual property names. */
export function messageData(message: unknown, ...names: string[]): Json {
  const o = isObject(message) ? message : {};
  for (const name of [...names, 'data', 'payload', 'snapshot']) {
    if (isObject(o[name])) return o[name] as Json;
  }
  return o;
}

export function sequenceOf(message: unknown): number | undefined {
  return isObject(message) && typeof message.sequence === 'number' ? message.sequence : undefined;
}
