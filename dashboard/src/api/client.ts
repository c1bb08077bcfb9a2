import { toApiError } from './problem';
import { getSession, setSession, sessionFrom, type Session } from './session';
import { getLang } from '../i18n';
import type {
  AccountEvent, AccountView, CreateAccountRequest, UpdateAccountRequest,
  AnonymisationReceipt, AnonymiseRequest, Constancia, ConstanciaVerification, PersonExport,
  About, ArrivalReceipt, ArrivalRequest, CatalogEvent, DeskCall, PointDefinition, ProgramDefinition, AssessmentRequest, AuditPage, CapacityRequest, CaseSearchPage, ConsentPurpose, CustodyStepRequest, CustodyView, DepartureRequest,
  NationalPicture, Notice, NoticeRequest, PersonMatch, PersonTimeline, PointDetail, PointSummary, ProgramDetail, ProgramSummary, ReferralResult,
  ReferralView, RegistrationCorrectionRequest, ReturneeView, TokenResponse, TransferRequest,
} from './types';

// The REST client: one function per route of the contract, JSON in and out, problem details
// thrown as ApiError, the bearer token from the session.

async function request<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const session = getSession();
  const response = await fetch(path, {
    method,
    headers: {
      Accept: 'application/json',
      // The API words its problem details in this language (Spanish unless the dashboard is in English).
      'Accept-Language': getLang(),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(session ? { Authorization: `Bearer ${session.token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401 && session && !path.startsWith('/api/auth/')) {
    setSession(null);
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export async function signIn(username: string, password: string): Promise<Session> {
  const answer = await request<TokenResponse>('POST', '/api/auth/token', { username, password });
  const session = sessionFrom(answer);
  setSession(session);
  return session;
}

const enc = encodeURIComponent;

export const api = {
  points: () => request<PointSummary[]>('GET', '/api/points'),
  point: (code: string) => request<PointDetail>('GET', `/api/points/${enc(code)}`),
  setCapacity: (code: string, capacity: CapacityRequest) => request<PointSummary>('PUT', `/api/points/${enc(code)}/capacity`, capacity),
  addNotice: (code: string, notice: NoticeRequest) => request<Notice>('POST', `/api/points/${enc(code)}/notices`, notice),
  /** Calls the most urgent person waiting to `desk`; undefined when nobody waits (204). */
  callNext: (code: string, desk: string) => request<DeskCall | undefined>('POST', `/api/points/${enc(code)}/desks/${enc(desk)}/next`),
  callToDesk: (caseId: string, desk: string) => request<DeskCall>('POST', `/api/returnees/${enc(caseId)}/desk`, { desk }),
  returnToQueue: (caseId: string) => request<void>('DELETE', `/api/returnees/${enc(caseId)}/desk`),
  registerArrival: (code: string, arrival: ArrivalRequest, idempotencyKey: string) =>
    request<ArrivalReceipt>('POST', `/api/points/${enc(code)}/arrivals`, arrival, { 'Idempotency-Key': idempotencyKey }),
  /** Earlier returns that may be this arrival's person, best first; registers nothing. */
  matches: (code: string, arrival: ArrivalRequest) => request<PersonMatch[]>('POST', `/api/points/${enc(code)}/arrivals/matches`, arrival),
  /** A page of cases, newest first; `cursor` is the previous page's `next`. */
  search: (query: { q?: string; curp?: string; point?: string; from?: string; to?: string }, cursor?: string | null) =>
    request<CaseSearchPage>('GET', `/api/returnees?${new URLSearchParams({ ...query, ...(cursor ? { cursor } : {}) })}`),
  person: (personId: string) => request<PersonTimeline>('GET', `/api/people/${enc(personId)}`),
  /** Everything held about a person (an access request); recorded in the access log. */
  exportPerson: (personId: string) => request<PersonExport>('GET', `/api/people/${enc(personId)}/export`),
  anonymisePerson: (personId: string, body: AnonymiseRequest) => request<AnonymisationReceipt>('POST', `/api/people/${enc(personId)}/anonymise`, body),
  constancia: (caseId: string) => request<Constancia>('GET', `/api/returnees/${enc(caseId)}/constancia`),
  /** Public: whether a constancia's folio and code are genuine (a 404 problem when not). */
  verifyConstancia: (folio: string, code: string) => request<ConstanciaVerification>('GET', `/api/verify/${enc(folio)}?code=${enc(code)}`),
  linkPerson: (caseId: string, personId: string) => request<ReturneeView>('PUT', `/api/returnees/${enc(caseId)}/person`, { personId }),
  unlinkPerson: (caseId: string) => request<ReturneeView>('DELETE', `/api/returnees/${enc(caseId)}/person`),
  correctRegistration: (caseId: string, correction: RegistrationCorrectionRequest) =>
    request<ReturneeView>('PATCH', `/api/returnees/${enc(caseId)}/registration`, correction),
  returnee: (caseId: string) => request<ReturneeView>('GET', `/api/returnees/${enc(caseId)}`),
  /** A page of the case's trail, newest first; `before` is the previous page's `nextBefore`. */
  audit: (caseId: string, before?: number | null) =>
    request<AuditPage>('GET', `/api/returnees/${enc(caseId)}/audit${before ? `?before=${before}` : ''}`),
  assess: (caseId: string, assessment: AssessmentRequest) => request<ReturneeView>('PUT', `/api/returnees/${enc(caseId)}/assessment`, assessment),
  /** Refers to a program; `consentOverride` is the reason for referring a person who has not consented to share. */
  refer: (caseId: string, programId: string, note?: string, consentOverride?: string) =>
    request<ReferralView>('POST', `/api/returnees/${enc(caseId)}/referrals`, {
      programId, note: note || undefined, consentOverride: consentOverride ? { reason: consentOverride } : undefined,
    }),
  /** Gives or withdraws the person's consent for one purpose. */
  consent: (caseId: string, purpose: ConsentPurpose, given: boolean, note?: string) =>
    request<ReturneeView>('PUT', `/api/returnees/${enc(caseId)}/consent/${enc(purpose)}`, { given, note: note || undefined }),
  transfer: (caseId: string, transfer: TransferRequest) => request<ReturneeView>('POST', `/api/returnees/${enc(caseId)}/transfer`, transfer),
  depart: (caseId: string, departure: DepartureRequest) => request<ReturneeView>('POST', `/api/returnees/${enc(caseId)}/departure`, departure),
  /** Records a step of an unaccompanied child's chain of custody; answers the chain. */
  recordCustody: (caseId: string, step: CustodyStepRequest) => request<CustodyView>('POST', `/api/returnees/${enc(caseId)}/custody`, step),
  programs: () => request<ProgramSummary[]>('GET', '/api/programs'),
  program: (id: string) => request<ProgramDetail>('GET', `/api/programs/${enc(id)}`),
  accept: (programId: string, referralId: string) =>
    request<ReferralResult>('POST', `/api/programs/${enc(programId)}/referrals/${enc(referralId)}/accept`, {}),
  decline: (programId: string, referralId: string, reason: string) =>
    request<ReferralResult>('POST', `/api/programs/${enc(programId)}/referrals/${enc(referralId)}/decline`, { reason }),
  complete: (programId: string, referralId: string, outcome: string) =>
    request<ReferralResult>('POST', `/api/programs/${enc(programId)}/referrals/${enc(referralId)}/complete`, { outcome }),
  national: () => request<NationalPicture>('GET', '/api/national'),
  about: () => request<About>('GET', '/api/about'),
  createPoint: (point: PointDefinition) => request<PointSummary>('POST', '/api/admin/points', point),
  updatePoint: (code: string, point: PointDefinition) => request<PointSummary>('PUT', `/api/admin/points/${enc(code)}`, point),
  createProgram: (program: ProgramDefinition) => request<ProgramSummary>('POST', '/api/admin/programs', program),
  updateProgram: (id: string, program: ProgramDefinition) => request<ProgramSummary>('PUT', `/api/admin/programs/${enc(id)}`, program),
  catalogEvents: (limit = 20) => request<CatalogEvent[]>('GET', `/api/admin/catalog/events?limit=${limit}`),
  accounts: () => request<AccountView[]>('GET', '/api/admin/accounts'),
  createAccount: (account: CreateAccountRequest) => request<AccountView>('POST', '/api/admin/accounts', account),
  updateAccount: (username: string, change: UpdateAccountRequest) => request<AccountView>('PUT', `/api/admin/accounts/${enc(username)}`, change),
  accountEvents: (username: string) => request<AccountEvent[]>('GET', `/api/admin/accounts/${enc(username)}/events`),
};

export type { PointDetail, ProgramDetail };
