import type { Selectable } from 'kysely';

/** Movements' scope, registrations and review reports; notifications; clusters and blocks (migration 0006). */

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
