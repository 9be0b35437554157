/** Checks that an upload is what its name says, by its first bytes (pure). */
const SIGNATURES: Record<string, { mime: string; magic: number[] }> = {
  pdf: { mime: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46] },
  png: { mime: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47] },
  jpg: { mime: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  jpeg: { mime: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  // Office Open XML files are zip archives.
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', magic: [0x50, 0x4b, 0x03, 0x04] },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', magic: [0x50, 0x4b, 0x03, 0x04] },
};

export const EVIDENCE_EXTENSIONS = Object.keys(SIGNATURES);

export type FileCheck = { ok: true; mime: string; extension: string } | { ok: false; message: string };

export function checkFileType(fileName: string, head: Uint8Array, allowed: readonly string[] = EVIDENCE_EXTENSIONS): FileCheck {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  const sig = extension && allowed.includes(extension) ? SIGNATURES[extension] : undefined;
  if (!extension || !sig) {
    return { ok: false, message: `Chỉ nhận tệp ${allowed.map((e) => `.${e}`).join(', ')}` };
  }
  if (head.length < sig.magic.length || sig.magic.some((b, i) => head[i] !== b)) {
    return { ok: false, message: `Nội dung tệp không phải là tệp .${extension} hợp lệ` };
  }
  return { ok: true, mime: sig.mime, extension };
}

/** A file name safe to store and to send back in Content-Disposition: no path, no control chars. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'tep';
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const cleaned = base.normalize('NFC').replace(/[\u0000-\u001f"<>|:*?]/g, '_').replace(/^\.+/, '').trim();
  return cleaned.slice(0, 200) || 'tep';
}
