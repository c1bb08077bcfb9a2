// The API's JSON shapes (camelCase, enums as camelCase strings, times ISO 8601), mirroring
// grains/Reception.Contracts and the minimum contract of issue 4. Fields beyond the minimum
// contract are optional: the dashboard works with either.

export type AlertLevel = 'normal' | 'watch' | 'surge' | 'critical';
export type Stage = 'arrived' | 'assessment' | 'services' | 'departed' | 'transferred';
export type Priority = 'normal' | 'high' | 'urgent';
export type ReferralStatus = 'pending' | 'accepted' | 'completed' | 'declined' | 'cancelled';
export type Sex = 'female' | 'male' | 'unspecified';
export type TransportMode = 'bus' | 'foot' | 'flight' | 'other';
export type PointKind = 'landCrossing' | 'airport';
export type Role = 'coordinator' | 'pointManager' | 'provider';

export const VULNERABILITIES = [
  'unaccompaniedMinor', 'pregnancy', 'disability', 'medicalUrgency', 'olderAdult', 'violenceVictim',
  'traffickingVictim', 'tortureVictim', 'interpreterNeeded', 'accompaniedYoungChild', 'familySeparation',
  'lgbtiAtRisk', 'longTimeAbroad', 'chronicIllness',
] as const;
export type Vulnerability = (typeof VULNERABILITIES)[number];

export const CATEGORIES = [
  'documents', 'health', 'shelter', 'employment', 'education', 'psychosocial', 'childProtection',
  'legalAid', 'transport', 'entrepreneurship', 'food',
] as const;
export type ProgramCategory = (typeof CATEGORIES)[number];

export const EDUCATION_LEVELS = ['none', 'primary', 'secondary', 'highSchool', 'technical', 'university', 'postgraduate'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];
export const ENGLISH_LEVELS = ['none', 'basic', 'intermediate', 'fluent'] as const;
export type EnglishLevel = (typeof ENGLISH_LEVELS)[number];
export const DOCUMENT_TYPES = ['curp', 'birthCertificate', 'voterId', 'passport', 'consularId', 'schoolCertificates', 'professionalLicence'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
export const TRANSPORT_MODES: readonly TransportMode[] = ['bus', 'foot', 'flight', 'other'];
export const SEXES: readonly Sex[] = ['female', 'male', 'unspecified'];

export const MEXICAN_STATES = [
  'Aguascalientes', 'Baja California', 'Baja California Sur', 'Campeche', 'Chiapas', 'Chihuahua',
  'Ciudad de México', 'Coahuila', 'Colima', 'Durango', 'Estado de México', 'Guanajuato', 'Guerrero',
  'Hidalgo', 'Jalisco', 'Michoacán', 'Morelos', 'Nayarit', 'Nuevo León', 'Oaxaca', 'Puebla',
  'Querétaro', 'Quintana Roo', 'San Luis Potosí', 'Sinaloa', 'Sonora', 'Tabasco', 'Tamaulipas',
  'Tlaxcala', 'Veracruz', 'Yucatán', 'Zacatecas',
] as const;

export interface TokenResponse {
  accessToken: string;
  expiresAt: string;
  role: string;
  points: string[];
  programs: string[];
  userName: string;
}

export interface PointCapacity {
  shelterBeds: number;
  intakeDesks: number;
  usualDailyArrivals?: number;
}

export interface PointCounts {
  arrived: number;
  assessed: number;
  referred: number;
  served: number;
  departed: number;
  transferred: number;
}

export interface PointSummary {
  code: string;
  name: string;
  city: string;
  state: string;
  kind: PointKind;
  capacity: PointCapacity;
  present: number;
  arrivedToday: number;
  arrivedLastHour?: number;
  pendingReferrals: number;
  alertLevel: AlertLevel;
  expectedNext6Hours?: number;
  projectedOccupancy?: number;
  unmetNeedsToday?: number;
  today?: PointCounts;
  asOf?: string;
}

export interface QueueEntry {
  caseId: string;
  stage: Stage;
  waitingSeconds: number;
  priority: Priority;
  priorityScore?: number;
  flags: Vulnerability[];
  arrivedAt?: string;
  enteredStageAt?: string;
  pendingReferrals?: number;
  firstServiceReceived?: boolean;
  // Names: only managers of the point and coordinators read a queue.
  givenNames?: string;
  surnames?: string;
}

export interface Notice {
  id: string;
  pointCode?: string;
  expectedAt: string;
  headcount: number;
  minors: number;
  transport: TransportMode;
  reference?: string | null;
  recordedAt?: string;
  recordedBy?: string;
  arrived?: number;
}

export interface HourlyArrivals {
  hourStart: string;
  arrivals: number;
}

export interface UnmetNeedCount {
  category: ProgramCategory;
  count: number;
}

export interface WaitStats {
  firstServiceSamples: number;
  firstServiceMedianSeconds?: number | null;
  firstServiceP90Seconds?: number | null;
  waiting: number;
  waitingMedianSeconds?: number | null;
  waitingP90Seconds?: number | null;
}

/** GET /api/points/{code}: the summary fields plus queue and notices. */
export interface PointDetail extends PointSummary {
  queue: QueueEntry[];
  queueTotal?: number;
  notices: Notice[];
  waits?: WaitStats;
  hourly?: HourlyArrivals[];
  unmetNeeds?: UnmetNeedCount[];
  timeZoneId?: string;
}

export interface NationalTotals {
  arrivedToday: number;
  arrivedLastHour?: number;
  present: number;
  capacity: number;
  pendingReferrals: number;
  unmetNeedsToday?: number;
}

export interface NationalPicture {
  points: PointSummary[];
  totals: NationalTotals;
  asOf?: string;
  /** Optional: arrivals per hour across the country, with expected arrivals from notices. */
  hourly?: { hourStart: string; arrivals: number; expected?: number }[];
}

export interface ProgramSummary {
  id: string;
  name: string;
  category: ProgramCategory;
  provider: string;
  points: string[];
  destinationStates?: string[];
  dailyCapacity: number;
  pending: number;
  accepted?: number;
  today?: { received: number; accepted: number; declined: number; completed: number; cancelled: number };
  asOf?: string;
}

export interface ProgramQueueItem {
  referralId: string;
  caseId: string;
  pointCode?: string;
  priority: Priority;
  priorityScore?: number;
  status: ReferralStatus;
  waitingSeconds: number;
  createdAt?: string;
  flags?: Vulnerability[];
  automatic?: boolean;
}

export interface ProgramDetail extends ProgramSummary {
  queue: ProgramQueueItem[];
  queueTotal?: number;
}

export interface ReferralView {
  referralId: string;
  programId: string;
  status: ReferralStatus;
  createdAt?: string;
  createdBy?: string;
  note?: string | null;
  statusChangedAt?: string;
  statusChangedBy?: string | null;
  reason?: string | null;
  outcome?: string | null;
  automatic?: boolean;
  automaticFor?: Vulnerability | null;
}

export interface Assessment {
  educationLevel: EducationLevel;
  occupation?: string | null;
  skills: string[];
  yearsAbroad: number;
  englishLevel: EnglishLevel;
  documentsHeld: DocumentType[];
  destinationState: string;
  destinationMunicipality?: string | null;
  needs: ProgramCategory[];
  consentToShare: boolean;
  familyInMexico?: boolean | null;
  immediateNeeds?: string | null;
  recordedAt?: string;
  recordedBy?: string;
}

export interface AuditEntry {
  at: string;
  userName: string;
  role: string;
  action: string;
  detail?: string | null;
  facts?: Record<string, string> | null;
}

export interface ExitRecord {
  stage: Stage;
  at: string;
  by: string;
  destinationState?: string | null;
  destinationMunicipality?: string | null;
  transport?: TransportMode | null;
  institution?: string | null;
  note?: string | null;
}

export interface ReturneeView {
  caseId: string;
  certificateNumber?: string;
  givenNames: string;
  surnames: string;
  sex?: Sex;
  dateOfBirth?: string | null;
  estimatedAge?: number | null;
  curp?: string | null;
  pointCode: string;
  arrivedAt?: string;
  noticeId?: string | null;
  transport?: TransportMode | null;
  accompanyingCaseId?: string | null;
  stage: Stage;
  enteredStageAt?: string;
  priority?: Priority;
  flags?: Vulnerability[];
  consentToShare?: boolean;
  assessment?: Assessment | null;
  referrals: ReferralView[];
  unmetNeeds?: ProgramCategory[];
  exit?: ExitRecord | null;
  audit?: AuditEntry[];
  redacted?: boolean;
  recommendations?: Recommendation[] | null;
}

export interface Recommendation {
  programId: string;
  reason: string;
  programName?: string;
  category?: ProgramCategory;
  missingDocuments?: DocumentType[] | null;
  skills?: string[] | null;
  availableAtPoint?: boolean;
  destinationState?: string | null;
}

export interface ArrivalReceipt {
  caseId: string;
  certificateNumber: string;
  priority?: Priority;
  flags?: Vulnerability[];
}

export interface AlertChange {
  pointCode: string;
  previous: AlertLevel;
  current: AlertLevel;
  reason?: string;
  at?: string;
}
