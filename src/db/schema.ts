/**
 * Table types, hand-written to match the migrations (the integration tests on both engines
 * exercise every column). Portable across SQLite and PostgreSQL: text ids (UUIDv7), ISO timestamps as text,
 * booleans as integer 0/1, measured values as double precision.
 */
import type { AuditLogTable, HolidayTable, IndicatorTable, IndicatorValueTable, LoginAttemptTable, MovementDocumentTable, MovementTable, PersonTable, SessionTable, StoredFileTable, UnitTable, UserRoleTable, UserTable } from './schema/foundation.js';
import type { AwardImportTable, AwardSettingTable, AwardStatsTable, AwardTable, SubjectDisciplineTable, SubjectRatingTable, SubjectRegistrationTable, SubjectReviewTable, SubjectWorkTable, SubjectWorkUseTable, SubjectYearTable } from './schema/awards.js';
import type { CouncilAgendaTable, CouncilAttendanceTable, CouncilBallotCastTable, CouncilMemberTable, CouncilSessionTable, CouncilTermTable, DecisionItemTable, DecisionTable, DisclosureFeedbackTable, DisclosureTable, ProposalDocumentTable, ProposalNomineeTable, ProposalTable, ProposalTransitionTable, ReminderTable } from './schema/commendation.js';
import type { ClusterBallotTable, ClusterCriterionTable, ClusterMemberTable, ClusterTable, ClusterVoteTallyTable, MovementRegistrationTable, MovementReportTable, MovementUnitTable, NotificationTable, ScorecardScoreTable, ScorecardTable } from './schema/emulation.js';
import type { NewsTable, PracticeAwardTable, PracticeFileTable, PracticeTable, PracticeTagTable } from './schema/publishing.js';

export type * from './schema/foundation.js';
export type * from './schema/awards.js';
export type * from './schema/commendation.js';
export type * from './schema/emulation.js';
export type * from './schema/publishing.js';

/** Every table, as Kysely sees it; the table types live by module in `schema/`. */
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
  reminders: ReminderTable;
}
