/** One rule module per award type. */
import type { AwardCode } from '../types.js';
import { bkTinh } from './bk-tinh.js';
import { bkTtg } from './bk-ttg.js';
import { coCp } from './co-cp.js';
import { coTinh } from './co-tinh.js';
import type { RuleModule } from './common.js';
import { cstdTinh } from './cstd-tinh.js';
import { cstdcs } from './cstdcs.js';
import { cstdtq } from './cstdtq.js';
import { cstt } from './cstt.js';
import { giaDinhVh } from './gia-dinh-vh.js';
import { gk } from './gk.js';
import { hcld1 } from './hcld1.js';
import { hcld2 } from './hcld2.js';
import { hcld3 } from './hcld3.js';
import { ldtt } from './ldtt.js';
import { thonVh } from './thon-vh.js';
import { ttldtt } from './ttldtt.js';
import { ttldxs } from './ttldxs.js';

export const RULES: Record<AwardCode, RuleModule> = {
  LDTT: ldtt, CSTT: cstt, CSTDCS: cstdcs, CSTD_TINH: cstdTinh, CSTDTQ: cstdtq, TTLDTT: ttldtt, TTLDXS: ttldxs,
  CO_TINH: coTinh, CO_CP: coCp, GIA_DINH_VH: giaDinhVh, THON_VH: thonVh, GK: gk, BK_TINH: bkTinh, BK_TTG: bkTtg,
  HCLD3: hcld3, HCLD2: hcld2, HCLD1: hcld1,
};
