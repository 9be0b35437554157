export { foldVietnamese, compareVietnamese } from '../../../src/lib/text.js';
