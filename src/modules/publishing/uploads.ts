/**
 * Files attached to public items: images are re-encoded (resized, EXIF and every other metadata
 * dropped: a phone photo carries its GPS position), attachments are checked by their first bytes.
 * Either way the stored name has no path and no control characters.
 */
import sharp from 'sharp';
import { badField } from '../../server/errors.js';
import { checkFileType, safeFileName } from '../files/file-type.js';

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** Wide enough for a desktop article column at 2× density, small enough for a phone on 3G. */
const IMAGE_WIDTH = 1280;
const IMAGE_TYPES = ['jpg', 'jpeg', 'png'];

export interface PreparedFile {
  name: string;
  mime: string;
  content: Buffer;
}

export async function prepareImage(fileName: string, content: Buffer): Promise<PreparedFile> {
  if (content.length === 0) throw badField('file', 'Tệp rỗng');
  if (content.length > MAX_IMAGE_BYTES) throw badField('file', 'Ảnh vượt quá 10 MB');
  const check = checkFileType(fileName, content.subarray(0, 8), IMAGE_TYPES);
  if (!check.ok) throw badField('file', check.message);
  let out: Buffer;
  try {
    // rotate() applies the EXIF orientation before the metadata is dropped (sharp writes none by default).
    out = await sharp(content, { limitInputPixels: 50_000_000 }).rotate().resize({ width: IMAGE_WIDTH, withoutEnlargement: true })
      .flatten({ background: '#ffffff' }).jpeg({ quality: 78, mozjpeg: true }).toBuffer();
  } catch {
    throw badField('file', 'Không đọc được ảnh; hãy chọn tệp .jpg hoặc .png khác');
  }
  return { name: `${safeFileName(fileName).replace(/\.[^.]*$/, '')}.jpg`, mime: 'image/jpeg', content: out };
}

export function prepareAttachment(fileName: string, content: Buffer): PreparedFile {
  if (content.length === 0) throw badField('file', 'Tệp rỗng');
  const check = checkFileType(fileName, content.subarray(0, 8));
  if (!check.ok) throw badField('file', check.message);
  return { name: safeFileName(fileName), mime: check.mime, content };
}
