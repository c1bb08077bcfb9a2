import type { components } from './schema';

// The API's JSON shapes, generated from its OpenAPI document (schema.ts, by `npm run generate` from
// openapi.json, which the API suite keeps current). Only names are given here; no shape is written by hand.

type Schemas = components['schemas'];

export type AlertLevel = Schemas['AlertLevel'];
export type AlertReason = Schemas['AlertReason'];
export type Stage = Schemas['Stage'];
export type Priority = Schemas['Priority'];
export type ReferralStatus = Schemas['ReferralStatus'];
export type Sex = NonNullable<Schemas['Sex']>;
export type TransportMode = Schemas['TransportMode'];
export type PointKind = Schemas['PointKind'];
export type Role = Exclude<Schemas['ActorRole'], 'system'>;
/** The roles a person's account can have (the system's own actor is none of them). */
export const ROLES: readonly Role[] = ['coordinator', 'pointManager', 'provider', 'administrator'];
export type Vulnerability = Schemas['Vulnerability'];
export type ProgramCategory = Schemas['ProgramCategory'];
export type EducationLevel = Schemas['EducationLevel'];
export type EnglishLevel = Schemas['EnglishLevel'];
export type DocumentType = Schemas['DocumentType'];

export {
  documentTypeValues as DOCUMENT_TYPES,
  educationLevelValues as EDUCATION_LEVELS,
  englishLevelValues as ENGLISH_LEVELS,
  consentPurposeValues as CONSENT_PURPOSES,
  mexicanStateValues as MEXICAN_STATES,
  pointKindValues as POINT_KINDS,
  programCategoryValues as CATEGORIES,
  transportModeValues as TRANSPORT_MODES,
  vulnerabilityValues as VULNERABILITIES,
} from './schema';
export const SEXES: readonly Sex[] = ['female', 'male', 'unspecified'];
/** The priorities, most urgent first. */
export const PRIORITIES: readonly Priority[] = ['urgent', 'high', 'normal'];
/** The stages of people present at a point, in the order they pass through them. */
export const STAGES_PRESENT: readonly Stage[] = ['arrived', 'assessment', 'services'];

export type TokenResponse = Schemas['TokenResponse'];
export type PointDefinition = Schemas['PointDefinition'];
export type ProgramDefinition = Schemas['ProgramDefinition'];
export type CatalogEvent = Schemas['CatalogEvent'];
export type AccountView = Schemas['AccountView'];
export type AccountEvent = Schemas['AccountEvent'];
export type CreateAccountRequest = Schemas['CreateAccountRequest'];
export type UpdateAccountRequest = Schemas['UpdateAccountRequest'];
export type About = Schemas['About'];
export type WhoAmI = Schemas['WhoAmI'];
export type PointCapacity = Schemas['PointCapacity'];
export type PointCounts = Schemas['PointCounts'];
export type PointSummary = Schemas['PointSummary'];
export type QueueEntry = Schemas['QueueEntry'];
export type DeskCall = Schemas['DeskCall'];
export type Notice = Schemas['Notice'];
export type HourlyArrivals = Schemas['HourlyArrivals'];
export type UnmetNeedCount = Schemas['UnmetNeedCount'];
export type WaitStats = Schemas['WaitStats'];
export type PointDetail = Schemas['PointDetailResponse'];
export type NationalTotals = Schemas['NationalTotals'];
export type NationalPicture = Schemas['NationalPicture'];
export type ProgramSummary = Schemas['ProgramSummary'];
export type ProgramQueueItem = Schemas['ProgramQueueItem'];
export type ProgramDetail = Schemas['ProgramDetailResponse'];
export type ReferralView = Schemas['ReferralView'];
export type ReferralResult = Schemas['ReferralResult'];
export type Assessment = Schemas['Assessment'];
export type AuditEntry = Schemas['AuditEntry'];
export type AuditPage = Schemas['AuditPage'];
export type ExitRecord = Schemas['Exit'];
export type ReturneeView = Schemas['ReturneeView'];
export type Recommendation = Schemas['Recommendation'];
export type ReferableProgram = Schemas['ReferableProgram'];
export type ArrivalReceipt = Schemas['ArrivalReceipt'];
export type AlertChange = Schemas['AlertChange'];
export type ReferralsAssigned = Schemas['ReferralsAssignedMessage'];
export type PointFeedUpdate = Schemas['PointFeedUpdate'];

export type ArrivalRequest = Schemas['ArrivalRequest'];
export type AssessmentRequest = Schemas['AssessmentRequest'];
export type DepartureRequest = Schemas['DepartureRequest'];
export type TransferRequest = Schemas['TransferRequest'];
export type NoticeRequest = Schemas['NoticeRequest'];
export type CapacityRequest = Schemas['CapacityRequest'];

// Custody of unaccompanied children (issue #14).
export type CustodyStatus = NonNullable<Schemas['CustodyStatus']>;
export type CustodyStepKind = Schemas['CustodyStepKind'];
export type Relationship = NonNullable<Schemas['Relationship']>;
export type CustodyEntry = Schemas['CustodyStep'];
export type CustodyView = Schemas['CustodyView'];
export type ChildInCustody = Schemas['ChildInCustody'];
export type CustodyStepRequest = Schemas['CustodyStepRequest'];
export type Separation = Schemas['Separation'];

// People across returns (issue #13).
export type CaseSearchItem = Schemas['CaseSearchItem'];
export type CaseSearchPage = Schemas['CaseSearchPage'];
export type PersonMatch = Schemas['PersonMatchView'];
export type PersonTimeline = Schemas['PersonTimeline'];
export type ReturnSummary = Schemas['ReturnSummary'];
export type RecentReturn = Schemas['RecentReturn'];
export type ConsentPurpose = Schemas['ConsentPurpose'];
export type ConsentView = Schemas['ConsentView'];
export type RegistrationCorrectionRequest = Schemas['RegistrationCorrectionRequest'];

// The person's rights and the constancia (issue #16).
export type Constancia = Schemas['Constancia'];
export type ConstanciaVerification = Schemas['ConstanciaVerification'];
export type PersonExport = Schemas['PersonExport'];
export type CaseExport = Schemas['CaseExport'];
export type AnonymiseRequest = Schemas['AnonymiseRequest'];
export type AnonymisationReceipt = Schemas['AnonymisationReceipt'];
