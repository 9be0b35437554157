/** Commendation workflow: proposals, council, disclosures, decisions (hooks over /api/v1). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OfficialDocument } from '../../../src/modules/documents/index.js';
import { api } from './client.js';
import type { SubjectKind } from './awards.js';

export { PROPOSAL_STATES, STATE_LABELS, ACTION_LABELS, type ProposalAction, type ProposalState } from '../../../src/modules/proposals/domain/workflow.js';
export { ROUNDS, ROUND_LABELS, PROCEDURES } from '../../../src/modules/proposals/domain/submission.js';
import type { ProposalAction, ProposalState } from '../../../src/modules/proposals/domain/workflow.js';

export interface ProposalSummary {
  id: string; title: string; unit: { id: string; name: string }; round: string; roundLabel: string; year: number; state: ProposalState; stateLabel: string;
  dueDate: string | null; late: boolean; submittedAt: string | null; nomineeCount: number; updatedAt: string;
}

export interface Nominee {
  id: string; order: number; subjectKind: SubjectKind; personId: string | null; unit: { id: string; name: string }; name: string; position: string | null;
  awardType: string; awardTypeName: string; achievements: string;
  eligibility: { eligible: boolean | null; checkedAt: string | null; status?: string; missing?: string[] };
  overrideReason: string | null; outcome: 'pending' | 'approved' | 'rejected' | 'lowered'; outcomeReason: string | null; loweredTo: string | null; loweredToName: string | null; awardId: string | null;
}

export interface Proposal extends Omit<ProposalSummary, 'nomineeCount'> {
  procedure: 'regular' | 'simplified'; eventDate: string | null; version: number; note: string | null; createdAt: string;
  nominees: Nominee[];
  documents: Array<{ id: string; requirement: string; fileName: string; size: number; uploadedAt: string }>;
  requiredDocuments: Array<{ name: string; provided: boolean }>;
  issues: Array<{ path: string; message: string }>;
  history: Array<{ action: string; from: string; to: string; fromLabel: string; toLabel: string; reason: string | null; by: string; at: string }>;
  actions: ProposalAction[]; editable: boolean; reviewable: boolean; reminder: 'none' | 'due_soon' | 'overdue';
}

export interface ProposalBody { unitId: string; title: string; round: string; procedure: string; year: number; eventDate?: string | null; note?: string | null }
export interface NomineeBody { subjectKind: SubjectKind; personId?: string; unitId?: string; name?: string; position?: string | null; awardType: string; achievements: string; overrideReason?: string | null }

const P = ['proposals'] as const;

export const useProposals = (q: { state?: string; q?: string; year?: number }, enabled = true) =>
  useQuery({ queryKey: [...P, q], queryFn: () => api.get<{ items: ProposalSummary[]; total: number }>('/proposals', { ...q, limit: 200 }), enabled });

export const useProposal = (id: string | undefined) =>
  useQuery({ queryKey: [...P, id], queryFn: () => api.get<Proposal>(`/proposals/${id}`), enabled: Boolean(id) });

/** Every change answers with the whole dossier: it replaces the cached one. */
export function useProposalChange<V>(fn: (v: V) => Promise<Proposal>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (p) => {
      qc.setQueryData([...P, p.id], p);
      void qc.invalidateQueries({ queryKey: P, predicate: (q) => q.queryKey[1] !== p.id });
    },
  });
}

export const proposalApi = {
  create: (b: ProposalBody) => api.post<Proposal>('/proposals', b),
  update: (p: Proposal, b: Omit<ProposalBody, 'unitId'>) => api.put<Proposal>(`/proposals/${p.id}`, { ...b, version: p.version }),
  addNominee: (p: Proposal, nominee: NomineeBody) => api.post<Proposal>(`/proposals/${p.id}/nominees`, { version: p.version, nominee }),
  editNominee: (p: Proposal, id: string, b: { achievements?: string; overrideReason?: string | null }) => api.patch<Proposal>(`/proposals/${p.id}/nominees/${id}`, { ...b, version: p.version }),
  removeNominee: (p: Proposal, id: string) => api.del<Proposal>(`/proposals/${p.id}/nominees/${id}?version=${p.version}`),
  importNominees: (p: Proposal, file: File) => api.upload<Proposal>(`/proposals/${p.id}/nominees/import?version=${p.version}`, file),
  upload: (p: Proposal, requirement: string, file: File) => api.upload<Proposal>(`/proposals/${p.id}/documents?version=${p.version}&requirement=${encodeURIComponent(requirement)}`, file),
  removeDocument: (p: Proposal, id: string) => api.del<Proposal>(`/proposals/${p.id}/documents/${id}?version=${p.version}`),
  transition: (p: Proposal, action: ProposalAction, reason?: string) => api.post<Proposal>(`/proposals/${p.id}/transitions`, { action, version: p.version, reason }),
  outcome: (p: Proposal, id: string, b: { outcome: string; reason?: string | null; loweredTo?: string | null }) => api.put<Proposal>(`/proposals/${p.id}/nominees/${id}/outcome`, { ...b, version: p.version }),
  publish: (p: Proposal, b: { workingDays: number; opensOn?: string }) => api.post<{ id: string }>(`/proposals/${p.id}/disclosures`, { ...b, version: p.version }),
};

// ---- council -------------------------------------------------------------------------------

export interface AgendaItem {
  id: string; nomineeId: string; proposalId: string; proposalTitle: string; unitName: string; name: string; position: string | null; awardType: string; awardTypeName: string; achievements: string;
  threshold: { percent: number; mode: string; needed: number }; ballots: number; writtenOpinions: number; myParticipation: 'ballot' | 'written' | null;
  tally: { yes: number; no: number; writtenYes: number; writtenNo: number; approvals: number; passed: boolean } | null;
  feedback: { total: number; handled: number };
}

export interface CouncilSession {
  id: string; title: string; meetsOn: string; place: string | null; state: 'planned' | 'open' | 'closed'; quorumPercent: number;
  term: { id: string; name: string; secretary: string }; members: Array<{ userId: string; name: string; title: string; present: boolean }>;
  quorum: { members: number; present: number; needed: number; met: boolean }; isMember: boolean; isSecretary: boolean; agenda: AgendaItem[];
}

export interface Term { id: string; name: string; startsOn: string; endsOn: string; secretary: { id: string; name: string }; members: Array<{ userId: string; name: string; title: string }> }

const C = ['council'] as const;
export const useSessions = (enabled = true) => useQuery({ enabled, queryKey: [...C, 'sessions'], queryFn: () => api.get<{ items: Array<{ id: string; title: string; meetsOn: string; state: string; termName: string; items: number }> }>('/council/sessions') });
export const useTerms = (enabled: boolean) => useQuery({ queryKey: [...C, 'terms'], queryFn: () => api.get<{ items: Term[] }>('/council/terms'), enabled });
export const useSession = (id: string | undefined) => useQuery({ queryKey: [...C, 'session', id], queryFn: () => api.get<CouncilSession>(`/council/sessions/${id}`), enabled: Boolean(id) });

export function useSessionChange<V>(fn: (v: V) => Promise<CouncilSession>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (s) => {
      qc.setQueryData([...C, 'session', s.id], s);
      void qc.invalidateQueries({ queryKey: [...C, 'sessions'] });
      void qc.invalidateQueries({ queryKey: P });
    },
  });
}

export const councilApi = {
  createSession: (b: { termId: string; title: string; meetsOn: string; place?: string }) => api.post<CouncilSession>('/council/sessions', b),
  agenda: (id: string, nomineeIds: string[]) => api.post<CouncilSession>(`/council/sessions/${id}/agenda`, { nomineeIds }),
  attendance: (id: string, present: string[]) => api.put<CouncilSession>(`/council/sessions/${id}/attendance`, { present }),
  open: (id: string) => api.post<CouncilSession>(`/council/sessions/${id}/open`),
  close: (id: string) => api.post<CouncilSession>(`/council/sessions/${id}/close`),
  vote: (id: string, votes: Array<{ agendaId: string; approve: boolean }>) => api.post<CouncilSession>(`/council/sessions/${id}/ballots`, { votes }),
  written: (id: string, memberId: string, votes: Array<{ agendaId: string; approve: boolean }>) => api.post<CouncilSession>(`/council/sessions/${id}/written-opinions`, { memberId, votes }),
};

// ---- disclosures ---------------------------------------------------------------------------

export interface Disclosure { id: string; proposalId: string; proposalTitle: string; unitName: string; title: string; opensOn: string; closesOn: string; workingDays: number; state: string; feedback: { total: number; new: number } }
export interface Feedback { id: string; name: string; contact: string; content: string; createdAt: string; status: 'new' | 'handled'; handling: string | null; handledAt: string | null; handledBy: string | null }

export const useDisclosures = () => useQuery({ queryKey: ['disclosures'], queryFn: () => api.get<{ items: Disclosure[] }>('/disclosures') });
export const useFeedback = (id: string | undefined) => useQuery({ queryKey: ['disclosures', id, 'feedback'], queryFn: () => api.get<{ items: Feedback[] }>(`/disclosures/${id}/feedback`), enabled: Boolean(id) });

// ---- decisions -----------------------------------------------------------------------------

export interface DecisionFields {
  issuerName: string; issuerSymbol: string; place: string; summary: string; authority: string; bases: string[]; signForm: 'TM' | 'KT' | 'none';
  signerTitle: string; signerName: string; fundingSource: string; recipients: string[];
}
export interface Decision extends DecisionFields {
  id: string; proposal: { id: string; title: string; unitName: string; state: string; year: number }; number: string | null; numberLine: string; date: string | null;
  state: 'draft' | 'issued' | 'revoked'; version: number; issuedAt: string | null; revocation: { number: string; date: string; reason: string } | null;
  items: Array<{ nomineeId: string; name: string; subjectKind: string; position: string | null; unitName: string; awardType: string; awardTypeName: string; amount: number | null; awardId: string | null }>;
  total: number; document: OfficialDocument;
}
export interface DecisionSummary { id: string; proposalId: string; proposalTitle: string; unitName: string; number: string | null; date: string | null; summary: string; state: string; items: number }

export const useDecisions = (proposalId?: string) => useQuery({ queryKey: ['decisions', { proposalId }], queryFn: () => api.get<{ items: DecisionSummary[] }>('/decisions', { proposalId }) });
export const useDecision = (id: string | undefined) => useQuery({ queryKey: ['decisions', id], queryFn: () => api.get<Decision>(`/decisions/${id}`), enabled: Boolean(id) });

export function useDecisionChange<V>(fn: (v: V) => Promise<Decision>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (d) => {
      qc.setQueryData(['decisions', d.id], d);
      void qc.invalidateQueries({ queryKey: ['decisions', { proposalId: undefined }] });
      void qc.invalidateQueries({ queryKey: P });
    },
  });
}

export const decisionApi = {
  create: (proposalId: string, b: DecisionFields & { nomineeIds: string[] }) => api.post<Decision>(`/proposals/${proposalId}/decisions`, b),
  issue: (d: Decision, b: { date: string; number?: number }) => api.post<Decision>(`/decisions/${d.id}/issue`, { ...b, version: d.version }),
  revoke: (d: Decision, b: { number: string; date: string; reason: string }) => api.post<Decision>(`/decisions/${d.id}/revoke`, b),
};

/** Defaults of a provincial chairman's decision; the board edits them before issuing. */
export const DECISION_DEFAULTS: DecisionFields = {
  issuerName: 'Ủy ban nhân dân\ntỉnh Kon Tum', issuerSymbol: 'UBND', place: 'Kon Tum', summary: 'Về việc khen thưởng thành tích năm',
  authority: 'Chủ tịch Ủy ban nhân dân tỉnh Kon Tum',
  bases: [
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025',
    'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
    'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    'Theo đề nghị của Giám đốc Sở Nội vụ',
  ],
  signForm: 'KT', signerTitle: 'Phó Chủ tịch', signerName: '', fundingSource: 'Quỹ thi đua, khen thưởng của tỉnh', recipients: ['Như Điều 3', 'Sở Nội vụ (Ban Thi đua – Khen thưởng)', 'Lưu: VT, KGVX'],
};
