import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * Table types, hand-written to match the migrations (the integration tests on both engines
 * exercise every column). Portable across SQLite and PostgreSQL: text ids (UUIDv7), ISO timestamps as text,
 * booleans as integer 0/1, measured values as double precision.
 */
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

export interface DB {
  units: UnitTable;
  people: PersonTable;
  users: UserTable;
  user_roles: UserRoleTable;
  sessions: SessionTable;
  login_attempts: LoginAttemptTable;
  audit_log: AuditLogTable;
  movements: MovementTable;
  movement_documents: MovementDocumentTable;
  indicators: IndicatorTable;
  indicator_values: IndicatorValueTable;
  stored_files: StoredFileTable;
  awards: AwardTable;
  award_stats: AwardStatsTable;
  award_imports: AwardImportTable;
  award_settings: AwardSettingTable;
  subject_ratings: SubjectRatingTable;
  subject_works: SubjectWorkTable;
  subject_work_uses: SubjectWorkUseTable;
  subject_disciplines: SubjectDisciplineTable;
  subject_years: SubjectYearTable;
  subject_registrations: SubjectRegistrationTable;
  subject_reviews: SubjectReviewTable;
  proposals: ProposalTable;
  proposal_nominees: ProposalNomineeTable;
  proposal_documents: ProposalDocumentTable;
  proposal_transitions: ProposalTransitionTable;
  council_terms: CouncilTermTable;
  council_members: CouncilMemberTable;
  council_sessions: CouncilSessionTable;
  council_attendance: CouncilAttendanceTable;
  council_agenda: CouncilAgendaTable;
  council_ballot_casts: CouncilBallotCastTable;
  disclosures: DisclosureTable;
  disclosure_feedback: DisclosureFeedbackTable;
  decisions: DecisionTable;
  decision_items: DecisionItemTable;
  holidays: HolidayTable;
  movement_units: MovementUnitTable;
  movement_registrations: MovementRegistrationTable;
  movement_reports: MovementReportTable;
  notifications: NotificationTable;
  clusters: ClusterTable;
  cluster_members: ClusterMemberTable;
  cluster_criteria: ClusterCriterionTable;
  scorecards: ScorecardTable;
  scorecard_scores: ScorecardScoreTable;
  cluster_ballots: ClusterBallotTable;
  cluster_vote_tallies: ClusterVoteTallyTable;
  practices: PracticeTable;
  practice_tags: PracticeTagTable;
  practice_awards: PracticeAwardTable;
  practice_files: PracticeFileTable;
  news: NewsTable;
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

/** Award registry (sổ vàng): subject, unit, gender… are copied at write time for search and stats. */
export interface AwardTable {
  seq: Generated<number>;
  id: string;
  subject_kind: string;
  subject_id: string | null;
  subject_name: string;
  search: string;
  sort_key: string;
  unit_id: string;
  unit_path: string;
  gender: string | null;
  ethnicity: string | null;
  is_leader: number;
  award_type: string;
  level: string;
  kind: string;
  year: number;
  decision_number: string;
  decision_date: string | null;
  decision_issuer: string;
  issuer_unit_id: string | null;
  certificate_no: string | null;
  reward_amount: number | null;
  revoked: number;
  revoked_decision_number: string | null;
  revoked_decision_date: string | null;
  revoked_reason: string | null;
  revoked_at: string | null;
  revoked_by: string | null;
  import_id: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** Award counts per unit and dimension, kept current in each award write's transaction. */
export interface AwardStatsTable {
  unit_id: string;
  year: number;
  award_type: string;
  gender: string;
  ethnicity: string;
  is_leader: number;
  revoked: number;
  count: number;
  /** The unit's current path (migration 0004): stats of a subtree are a range scan on it. */
  unit_path: string;
}

export interface AwardImportTable {
  id: string;
  file_name: string;
  state: string;
  processed: number;
  total: number;
  imported: number;
  errors_json: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export type AwardRow = Selectable<AwardTable>;
export type NewAward = Insertable<AwardTable>;
export type AwardImportRow = Selectable<AwardImportTable>;

/** Board versions of the [U] settings; the defaults of the code apply to keys and dates they do not cover. */
export interface AwardSettingTable {
  id: string;
  key: string;
  value_json: string;
  effective_from: string;
  reason: string;
  retroactive: number;
  created_by: string;
  created_at: string;
}

/** Subject history: `subject_kind` is 'individual' (a person) or 'collective' (a unit). */
export interface SubjectRatingTable {
  subject_kind: string;
  subject_id: string;
  year: number;
  rating: string;
  updated_by: string | null;
  updated_at: string;
}

export interface SubjectWorkTable {
  id: string;
  subject_kind: string;
  subject_id: string;
  kind: string;
  title: string;
  year: number;
  scope: string;
  decision_number: string | null;
  decision_date: string | null;
  decision_issuer: string | null;
  created_by: string | null;
  created_at: string;
}

export interface SubjectWorkUseTable {
  work_id: string;
  year: number;
  award_type: string;
}

export interface SubjectDisciplineTable {
  id: string;
  subject_kind: string;
  subject_id: string;
  form: string;
  date_from: string;
  date_to: string | null;
  decision_number: string | null;
  created_by: string | null;
  created_at: string;
}

export interface SubjectYearTable {
  subject_kind: string;
  subject_id: string;
  year: number;
  months_worked: number | null;
  maternity_months: number | null;
  members_total: number | null;
  members_ldtt: number | null;
  members_cstdcs: number | null;
  members_completed_duties: number | null;
  members_disciplined: number | null;
  members_women: number | null;
  /** Collectives (migration 0004): 0/1, NULL = not entered. */
  cluster_leader: number | null;
  exceeded_targets: number | null;
  updated_by: string | null;
  updated_at: string;
}

export interface SubjectRegistrationTable {
  subject_kind: string;
  subject_id: string;
  year: number;
  award_type: string;
  // 0006: set by the registration screens (the unit that registered, who, when, 'manual' | 'excel')
  unit_id: string | null;
  registered_by: string | null;
  registered_at: string | null;
  source: string | null;
}

export interface SubjectReviewTable {
  subject_kind: string;
  subject_id: string;
  under_review: number;
  note: string | null;
  updated_by: string | null;
  updated_at: string;
}

export type AwardSettingRow = Selectable<AwardSettingTable>;
export type SubjectWorkRow = Selectable<SubjectWorkTable>;
export type SubjectDisciplineRow = Selectable<SubjectDisciplineTable>;
export type SubjectYearRow = Selectable<SubjectYearTable>;

// ---- Commendation workflow (migration 0005): proposals, council, disclosure, decisions ----------

export interface ProposalTable {
  id: string;
  unit_id: string;
  unit_path: string;
  title: string;
  search: string;
  round: string;
  procedure: string;
  year: number;
  event_date: string | null;
  due_date: string | null;
  state: string;
  version: number;
  late: number;
  submitted_at: string | null;
  note: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface ProposalNomineeTable {
  id: string;
  proposal_id: string;
  order_no: number;
  subject_kind: string;
  person_id: string | null;
  unit_id: string;
  name: string;
  position: string | null;
  award_type: string;
  achievements: string;
  eligible: number | null;
  eligibility_json: string | null;
  checked_at: string | null;
  override_reason: string | null;
  outcome: string;
  outcome_reason: string | null;
  lowered_to: string | null;
  award_id: string | null;
}

export interface ProposalDocumentTable {
  id: string;
  proposal_id: string;
  requirement: string;
  file_id: string;
  file_name: string;
  size: number;
  uploaded_by: string;
  uploaded_at: string;
}

export interface ProposalTransitionTable {
  id: string;
  proposal_id: string;
  action: string;
  from_state: string;
  to_state: string;
  reason: string | null;
  actor_id: string | null;
  actor_name: string;
  at: string;
}

export interface CouncilTermTable {
  id: string;
  name: string;
  starts_on: string;
  ends_on: string;
  secretary_id: string;
  created_at: string;
}

export interface CouncilMemberTable {
  term_id: string;
  user_id: string;
  title: string;
  order_no: number;
}

export interface CouncilSessionTable {
  id: string;
  term_id: string;
  title: string;
  meets_on: string;
  place: string | null;
  quorum_percent: number;
  state: string;
  opened_at: string | null;
  closed_at: string | null;
  created_by: string;
  created_at: string;
}

export interface CouncilAttendanceTable {
  session_id: string;
  user_id: string;
  present: number;
}

export interface CouncilAgendaTable {
  id: string;
  session_id: string;
  nominee_id: string;
  order_no: number;
  threshold_percent: number;
  threshold_mode: string;
  yes_count: number;
  no_count: number;
  written_yes: number;
  written_no: number;
  result: string | null;
}

export interface CouncilBallotCastTable {
  agenda_id: string;
  user_id: string;
  channel: string;
}

export interface DisclosureTable {
  id: string;
  proposal_id: string;
  title: string;
  opens_on: string;
  closes_on: string;
  working_days: number;
  state: string;
  published_by: string;
  published_at: string;
}

export interface DisclosureFeedbackTable {
  id: string;
  disclosure_id: string;
  name: string;
  contact: string;
  content: string;
  sender_hash: string;
  created_at: string;
  status: string;
  handling: string | null;
  handled_by: string | null;
  handled_at: string | null;
}

export interface DecisionTable {
  id: string;
  proposal_id: string;
  issuer_name: string;
  issuer_symbol: string;
  issuer_unit_id: string | null;
  number: string | null;
  number_year: number | null;
  decision_date: string | null;
  place: string;
  summary: string;
  authority: string;
  bases_json: string;
  sign_form: string;
  signer_title: string;
  signer_name: string;
  funding_source: string;
  recipients_json: string;
  state: string;
  version: number;
  docx_file_id: string | null;
  issued_by: string | null;
  issued_at: string | null;
  revoked_number: string | null;
  revoked_date: string | null;
  revoked_reason: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface DecisionItemTable {
  decision_id: string;
  nominee_id: string;
  award_type: string;
  amount: number | null;
  award_id: string | null;
}

export type ProposalRow = Selectable<ProposalTable>;
export type ProposalNomineeRow = Selectable<ProposalNomineeTable>;
export type DecisionRow = Selectable<DecisionTable>;
/** Working-day calendar: a weekday off ('off') or a Saturday worked to make up for one ('work'). */
export interface HolidayTable {
  date: string;
  name: string;
  kind: 'off' | 'work';
  created_by: string | null;
  created_at: string;
}

/** Movements' scope, registrations and review reports; notifications; clusters and blocks (0006). */
export interface MovementUnitTable {
  movement_id: string;
  unit_id: string;
}

export interface MovementRegistrationTable {
  id: string;
  movement_id: string;
  unit_id: string;
  commitments: string;
  targets_json: string;
  registered_by: string;
  registered_at: string;
  updated_at: string;
}

export interface MovementReportTable {
  id: string;
  movement_id: string;
  unit_id: string;
  kind: string;
  body: string;
  file_ids_json: string;
  submitted_by: string;
  submitted_at: string;
}

export interface NotificationTable {
  id: string;
  user_id: string;
  title: string;
  body: string;
  link: string | null;
  created_at: string;
  read_at: string | null;
}

export interface ClusterTable {
  id: string;
  year: number;
  kind: string;
  name: string;
  search: string;
  leader_unit_id: string | null;
  deputy_unit_id: string | null;
  pact_number: string | null;
  pact_date: string | null;
  pact_file_id: string | null;
  is_demo: number;
  published_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ClusterMemberTable {
  cluster_id: string;
  unit_id: string;
}

export interface ClusterCriterionTable {
  id: string;
  cluster_id: string;
  group_id: string | null;
  order_no: number;
  code: string;
  title: string;
  guidance: string;
  evidence: string;
  kind: string;
  source: string;
  max_points: number;
}

export interface ScorecardTable {
  id: string;
  cluster_id: string;
  unit_id: string;
  status: string;
  return_reason: string | null;
  submitted_at: string | null;
  assessed_by: string | null;
  assessed_at: string | null;
  approved_by: string | null;
  approved_at: string | null;
  updated_at: string;
}

export interface ScorecardScoreTable {
  scorecard_id: string;
  criterion_id: string;
  self_points: number | null;
  self_note: string | null;
  evidence_url: string | null;
  evidence_file_id: string | null;
  assessed_points: number | null;
  assessed_note: string | null;
}

export interface ClusterBallotTable {
  cluster_id: string;
  unit_id: string;
  cast_by: string;
  cast_at: string;
}

export interface ClusterVoteTallyTable {
  cluster_id: string;
  unit_id: string;
  leading: number;
  certificates: number;
}

export type ClusterRow = Selectable<ClusterTable>;
export type ScorecardRow = Selectable<ScorecardTable>;
export type ClusterCriterionRow = Selectable<ClusterCriterionTable>;

/** Exemplary models and good practices, and news: reviewed before the portal shows them (migration 0007). */
export interface PracticeTable {
  id: string;
  slug: string;
  kind: string;
  title: string;
  summary: string;
  content_html: string;
  field: string;
  location: string | null;
  search: string;
  unit_id: string;
  unit_path: string;
  movement_id: string | null;
  status: string;
  review_note: string | null;
  featured: number;
  published_at: string | null;
  reviewed_by: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface PracticeTagTable {
  practice_id: string;
  tag: string;
}

export interface PracticeAwardTable {
  practice_id: string;
  award_id: string;
}

export interface PracticeFileTable {
  practice_id: string;
  file_id: string;
  kind: string;
  caption: string | null;
  order_no: number;
}

export interface NewsTable {
  id: string;
  slug: string;
  title: string;
  summary: string;
  content_html: string;
  search: string;
  category: string;
  source: string | null;
  movement_id: string | null;
  document_id: string | null;
  cover_file_id: string | null;
  cover_alt: string | null;
  unit_id: string;
  unit_path: string;
  status: string;
  review_note: string | null;
  publish_at: string | null;
  reviewed_by: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export type PracticeRow = Selectable<PracticeTable>;
export type NewsRow = Selectable<NewsTable>;
