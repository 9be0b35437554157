import { describe, expect, it } from 'vitest';
import { isLowerForm, proposableBy, requiredDocuments, submissionIssues, type GateNominee } from './submission.js';

const n = (over: Partial<GateNominee> = {}): GateNominee => ({ name: 'Y Hoa', awardType: 'CSTDCS', eligible: true, overrideReason: null, ...over });

describe('required documents', () => {
  it('takes the union of the catalogue lists, with the ballot result for CSTĐCS', () => {
    const docs = requiredDocuments('regular', ['LDTT', 'CSTDCS']);
    expect(docs).toContain('Tờ trình đề nghị (Mẫu 01)');
    expect(docs).toContain('Kết quả bỏ phiếu của Hội đồng Thi đua - Khen thưởng');
    expect(new Set(docs).size).toBe(docs.length);
    expect(requiredDocuments('regular', ['LDTT'])).not.toContain('Kết quả bỏ phiếu của Hội đồng Thi đua - Khen thưởng');
  });

  it('asks only the submission and a summary in the simplified procedure', () => {
    expect(requiredDocuments('simplified', ['BK_TINH', 'CSTDCS'])).toEqual(['Tờ trình đề nghị (Mẫu 01)', 'Tóm tắt thành tích']);
  });
});

describe('submission gate', () => {
  const docs = requiredDocuments('regular', ['CSTDCS']);

  it('lets a complete dossier go', () => {
    expect(submissionIssues('regular', [n()], docs)).toEqual([]);
  });

  it('blocks an empty dossier and each missing document, by name', () => {
    const issues = submissionIssues('regular', [], []);
    expect(issues[0]).toEqual({ path: 'nominees', message: expect.stringContaining('chưa có') });
    expect(submissionIssues('regular', [n()], docs.slice(1))).toEqual([{ path: 'documents', message: `Thiếu tài liệu: ${docs[0]}` }]);
  });

  it('blocks an ineligible nominee until the officer records why it is still proposed', () => {
    expect(submissionIssues('regular', [n(), n({ name: 'A Blong', eligible: false })], docs)).toEqual([
      { path: 'nominees[1].overrideReason', message: expect.stringContaining('A Blong') },
    ]);
    expect(submissionIssues('regular', [n({ eligible: false, overrideReason: 'Thành tích đột xuất trong phòng chống lũ' })], docs)).toEqual([]);
  });

  it('does not block a nominee the engine could not judge', () => {
    expect(submissionIssues('regular', [n({ eligible: null })], docs)).toEqual([]);
  });
});

describe('lower form', () => {
  it('ranks the Giấy khen below the Bằng khen tỉnh and refuses a type for another subject', () => {
    expect(isLowerForm('BK_TINH', 'GK', 'individual')).toBe(true);
    expect(isLowerForm('GK', 'BK_TINH', 'individual')).toBe(false);
    expect(isLowerForm('CSTD_TINH', 'CSTDCS', 'individual')).toBe(true);
    expect(isLowerForm('CO_TINH', 'CSTDCS', 'collective')).toBe(false);
    expect(isLowerForm('CO_TINH', 'TTLDXS', 'collective')).toBe(true);
  });
});

describe('who proposes', () => {
  it('leaves national awards to the province and the rest to units', () => {
    expect(proposableBy('CSTDCS', 'unit')).toBe(true);
    expect(proposableBy('BK_TINH', 'unit')).toBe(true);
    expect(proposableBy('BK_TTG', 'unit')).toBe(false);
    expect(proposableBy('HCLD3', 'unit')).toBe(false);
    expect(proposableBy('HCLD3', 'province')).toBe(true);
  });
});
