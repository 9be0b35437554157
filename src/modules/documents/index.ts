/** The official-documents toolkit other modules build on (decisions, minutes, reports, certificates). */
export {
  renderOfficialDocument,
  numberLine,
  signatureLines,
  type OfficialDocument,
  type Issuer,
  type Article,
  type Signature,
  type SignatureMode,
  type Annex,
  type BodyBlock,
  type BodyParagraph,
  type InlineRun,
  type DocTable,
  type DocTableColumn,
  type DocTableGroup,
} from './docx/official-document.js';
export { renderCertificates, type Certificate, type CertificateRecipient } from './docx/certificate.js';
export { vietnameseDatePhrase, vietnameseDateWords } from './domain/vietnamese-date.js';
export {
  DOCUMENT_KINDS,
  type DocumentKind,
  type IssuedNumber,
  nextDocumentNumber,
  documentNumberProblem,
  formatNumberPart,
  formatDocumentSymbol,
  parseDocumentSymbol,
} from './domain/numbering.js';
