import type { Selectable } from 'kysely';

/** Commendation workflow (migration 0005): proposals, council, disclosure, decisions. */

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

/** A deadline reminder sent to a unit, once per `key` (migration 0009). */
export interface ReminderTable {
  id: string;
  key: string;
  kind: string;
  unit_id: string;
  proposal_id: string | null;
  year: number;
  due_date: string;
  title: string;
  sent_on: string;
  notified: number;
  mail_status: string;
  mail_to: string | null;
  mail_error: string | null;
  mailed_at: string | null;
  created_at: string;
}
