/** Shapes of the /api/v1 answers (docs/API.md). */
export const ROLES = ['admin', 'board', 'unit_officer', 'cluster_leader', 'council_member', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export interface UnitRef {
  id: string;
  name: string;
  code?: string;
}

export interface User {
  id: string;
  username: string;
  fullName: string;
  roles: Role[];
  unit: UnitRef;
}

export interface Session {
  user: User;
  csrfToken: string;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export const UNIT_KINDS = [
  'province', 'people_committee', 'board', 'department', 'agency', 'district',
  'commune', 'school', 'hospital', 'enterprise', 'other',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface Unit {
  id: string;
  code: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
  path: string;
  depth: number;
  validFrom: string | null;
  validTo: string | null;
  successorId: string | null;
  active: boolean;
}

export interface Person {
  id: string;
  fullName: string;
  gender: 'male' | 'female';
  birthYear: number | null;
  ethnicity: string | null;
  position: string | null;
  unitId: string;
  unitName: string | null;
  isLeader: boolean;
  active: boolean;
}

export interface UserAccount {
  id: string;
  username: string;
  fullName: string;
  unit: UnitRef;
  roles: Role[];
  active: boolean;
  mustChangePassword?: boolean;
}

/** Answer of POST /users: the password is there once, generated when none was given. */
export interface CreatedUser {
  user: UserAccount;
  password: string;
}

/** Not specified in docs/API.md beyond "who did what to which record, before/after". */
export interface AuditEntry {
  id: string;
  at?: string;
  createdAt?: string;
  action: string;
  entity: string;
  entityId: string | null;
  actor?: { id: string; fullName?: string; username?: string } | null;
  actorId?: string | null;
  before?: unknown;
  after?: unknown;
}

export interface Directive {
  number: string;
  date: string;
  signer: string;
}

export interface Movement {
  id: string;
  code: string;
  title: string;
  theme: string;
  kind: string;
  status: string;
  year: number;
  directive: Directive;
  periodStart: string;
  periodEnd: string;
}

export interface MovementDocument {
  kind: string;
  number: string;
  date: string;
  issuer: string;
  title: string;
  url: string | null;
}

export interface MovementDetail extends Movement {
  contents: string[];
  documents: MovementDocument[];
}

export type Comparator = 'gte' | 'gt' | 'lte' | 'lt' | 'eq' | 'range' | 'increase_by' | 'decrease_by' | 'rank_up_by' | 'group';
/** A group (e.g. the seed's 11 and 12) has no target of its own: it is judged by its sub-indicators. */
export const GROUP: Comparator = 'group';
export type Frequency = 'month' | 'quarter' | 'half' | 'year';
export type EvaluationStatus = 'achieved' | 'not_achieved' | 'on_track' | 'at_risk' | 'off_track' | 'no_data';
export type ValueKind = 'actual' | 'estimate';
export type ValueStatus = 'submitted' | 'accepted' | 'returned' | 'superseded';

export interface Indicator {
  id: string;
  code: string;
  order: number;
  name: string;
  unit: string;
  comparator: Comparator;
  target: number;
  targetMax: number | null;
  baseline: number | null;
  baselineYear: number | null;
  baselineNote?: string | null;
  accumulation: 'sum' | 'last';
  frequency: Frequency;
  responsibleUnitId: string;
  parentId: string | null;
  sourceText: string;
  targetText: string;
  children?: Indicator[];
}

export interface IndicatorDetail extends Indicator {
  responsibleUnit: UnitRef;
  canReport: boolean;
}

export interface Evaluation {
  status: EvaluationStatus;
  current: number | null;
  forecast: number | null;
  percentOfTarget: number | null;
  explanation: string;
}

export interface IndicatorValue {
  id: string;
  indicatorId: string;
  period: string;
  value: number;
  kind: ValueKind;
  note: string | null;
  evidenceUrl: string | null;
  evidenceFile: { name: string; size: number } | null;
  status: ValueStatus;
  reviewNote: string | null;
  reportedBy: { id: string; fullName: string };
  reportedAt: string;
  reviewedBy: { id: string; fullName: string } | string | null;
  reviewedAt: string | null;
}

export interface DashboardCard {
  indicator: Indicator;
  responsibleUnit: UnitRef;
  evaluation: Evaluation;
  latest: { period: string; value: number; kind: ValueKind } | null;
  series: { period: string; value: number }[];
  canReport: boolean;
  children: DashboardCard[];
}

export interface Dashboard {
  movement: Movement;
  asOf: string;
  items: DashboardCard[];
  /** Root unit of the deployment ("tỉnh Kon Tum"); not yet in docs/API.md, shown when present. */
  authority?: UnitRef;
}
