/** Evidence files the API accepts: pdf, docx, xlsx, jpg, png, at most 20 MB. */
const MAX_BYTES = 20 * 1024 * 1024;
const EXTENSIONS = ['.pdf', '.docx', '.xlsx', '.jpg', '.jpeg', '.png'];

export const EvidenceRules = {
  accept: EXTENSIONS.join(','),
  /** i18n key of the problem, or null when the file can be sent. */
  check(file: File): string | null {
    const name = file.name.toLowerCase();
    if (!EXTENSIONS.some((ext) => name.endsWith(ext))) return 'targets.report.fileType';
    if (file.size > MAX_BYTES) return 'targets.report.fileTooBig';
    return null;
  },
};
