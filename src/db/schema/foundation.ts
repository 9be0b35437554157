import type { Insertable, Selectable, Updateable } from 'kysely';

/** Units, people, users and sessions, the audit log, movements and their indicators, stored files, the working-day calendar. */

export interface UnitTable {
  id: string;
  code: string;
  name: string;
  short_name: string | null;
  kind: string;
  parent_id: string | null;
  path: string;
  depth: number;
  valid_from: string | null;
  valid_to: string | null;
  successor_id: string | null;
  active: number;
  search: string;
  created_at: string;
  updated_at: string;
}

export interface PersonTable {
  id: string;
  full_name: string;
  search: string;
  gender: string;
  birth_year: number | null;
  birth_date: string | null;
  id_number: string | null;
  ethnicity: string | null;
  position: string | null;
  unit_id: string;
  is_leader: number;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface UserTable {
  id: string;
  username: string;
  full_name: string;
  search: string;
  unit_id: string;
  person_id: string | null;
  password_hash: string;
  must_change_password: number;
  active: number;
  /** Optional; reminders are e-mailed to it when SMTP is configured (migration 0009). */
  email: string | null;
  created_at: string;
  updated_at: string;
}

export interface UserRoleTable {
  user_id: string;
  role: string;
}

export interface SessionTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginAttemptTable {
  id: string;
  username: string;
  ip: string;
  at: string;
  success: number;
}

export interface AuditLogTable {
  seq: number;
  id: string;
  at: string;
  actor_id: string | null;
  actor_name: string;
  action: string;
  entity: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  ip: string | null;
  prev_hash: string;
  hash: string;
}

export interface MovementTable {
  id: string;
  code: string;
  title: string;
  search: string;
  theme: string;
  kind: string;
  status: string;
  year: number;
  directive_number: string;
  directive_date: string;
  directive_signer: string;
  period_start: string;
  period_end: string;
  contents_json: string;
  owner_unit_id: string;
  created_at: string;
  updated_at: string;
  // 0006
  registration_deadline: string | null;
  mid_term_deadline: string | null;
  final_deadline: string | null;
  launched_at: string | null;
}

export interface MovementDocumentTable {
  id: string;
  movement_id: string;
  order_no: number;
  kind: string;
  number: string;
  date: string;
  issuer: string;
  title: string;
  url: string | null;
  // 0006
  signer: string | null;
  file_id: string | null;
}

export interface IndicatorTable {
  id: string;
  movement_id: string;
  parent_id: string | null;
  code: string;
  order_no: number;
  name: string;
  search: string;
  unit: string;
  comparator: string;
  target: number;
  target_max: number | null;
  baseline: number | null;
  baseline_year: number | null;
  baseline_note: string | null;
  accumulation: string;
  frequency: string;
  decimals: number;
  responsible_unit_id: string;
  source_text: string;
  created_at: string;
  updated_at: string;
}

export interface IndicatorValueTable {
  id: string;
  indicator_id: string;
  period: string;
  period_end: string;
  value: number;
  kind: string;
  note: string | null;
  evidence_url: string | null;
  evidence_file_id: string | null;
  status: string;
  review_note: string | null;
  reported_by: string;
  reported_at: string;
  reviewed_by: string | null;
  reviewed_at: string | null;
}

export interface StoredFileTable {
  id: string;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  content: Buffer;
  created_by: string;
  created_at: string;
}

export type UnitRow = Selectable<UnitTable>;
export type PersonRow = Selectable<PersonTable>;
export type UserRow = Selectable<UserTable>;
export type MovementRow = Selectable<MovementTable>;
export type IndicatorRow = Selectable<IndicatorTable>;
export type IndicatorValueRow = Selectable<IndicatorValueTable>;
export type NewUnit = Insertable<UnitTable>;
export type NewPerson = Insertable<PersonTable>;
export type UnitUpdate = Updateable<UnitTable>;

/** Working-day calendar: a weekday off ('off') or a Saturday worked to make up for one ('work'). */
export interface HolidayTable {
  date: string;
  name: string;
  kind: 'off' | 'work';
  created_by: string | null;
  created_at: string;
}
