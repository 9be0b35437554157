/** Award catalogue and the eligibility check (khen thưởng). */
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from './client.js';

// The code lists and result types are the domain's own (pure TypeScript, shared with the server).
export { DISCIPLINE_FORMS, RATINGS, SCOPES, SUBJECT_KINDS } from '../../../src/modules/awards/domain/types.js';
export type { DisciplineForm, EligibilityStatus, Members, Rating, RuleSetId, Scope, SubjectKind } from '../../../src/modules/awards/domain/types.js';
import type { DisciplineForm, EligibilityStatus, Members, Rating, RuleSetId, Scope, SubjectKind } from '../../../src/modules/awards/domain/types.js';
/** Kinds an officer marks on a received title; absent means regular (thường xuyên). */
export const TITLE_KINDS = ['regular', 'thematic', 'unscheduled'] as const;
export type TitleKind = (typeof TITLE_KINDS)[number];

export interface AwardType {
  code: string;
  name: string;
  category: 'title' | 'form';
  subject: SubjectKind[];
  level: Scope;
  annual: boolean;
  conferredBy: string[];
  councilVote: { required: boolean; threshold: number | null };
  rewardCoefficient: { individual: number | null; collective: number | null };
  dossierDocuments: string[];
}

export interface SubjectHistory {
  kind: SubjectKind;
  gender?: 'female' | 'male';
  ratings: { year: number; rating: Rating }[];
  titles: { year: number; awardType: string; kind?: TitleKind }[];
  initiatives: { id: string; year: number; scope: Scope }[];
  scienceWorks: { year: number; scope: Scope }[];
  disciplines: { form: DisciplineForm; from: string; to?: string }[];
  underReview?: boolean;
  monthsWorked?: number;
  maternityMonths?: number;
  registered?: boolean;
  members?: Members;
  clusterLeader?: boolean;
  exceededTargets?: boolean;
}

export interface EligibilityRequest {
  awardType: string;
  year: number;
  decisionDate?: string;
  subject: SubjectHistory;
}

export interface Reason {
  rule: string;
  article: string;
  ok: boolean;
  message: string;
  manual?: boolean;
  missing?: string;
}

export interface EligibilityResult {
  status: EligibilityStatus;
  eligible: boolean;
  ruleSet: RuleSetId;
  reasons: Reason[];
  manualReview: boolean;
  reward?: { amount: number; currency: string; coefficient: number; baseSalary: number; date: string };
  missing: string[];
}

export const useAwardTypes = () =>
  useQuery({
    queryKey: ['award-types'],
    queryFn: () => api.get<{ items: AwardType[] }>('/award-types'),
    select: (d) => d.items,
    staleTime: 10 * 60_000,
  });

export const useEligibilityCheck = () =>
  useMutation({ mutationFn: (body: EligibilityRequest) => api.post<EligibilityResult>('/eligibility/check', body) });
