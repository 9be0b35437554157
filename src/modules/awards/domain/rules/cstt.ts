/** Chiến sĩ tiên tiến (Law Art 24): the armed forces' LĐTT, same standard. */
import type { RuleModule } from './common.js';
import { ldttCriteria } from './ldtt.js';

export const cstt: RuleModule = ldttCriteria;
