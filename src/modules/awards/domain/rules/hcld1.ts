/** Huân chương Lao động hạng Nhất: criteria not in LAW.md yet. */
import type { RuleModule } from './common.js';
import { uncodedOrder } from './hcld2.js';

export const hcld1: RuleModule = uncodedOrder('Huân chương Lao động hạng Nhất');
