import type { FastifySchemaValidationError } from 'fastify';
import type { ErrorDetail } from './errors.js';

/** Ajv/TypeBox keyword → Vietnamese message, naming the field through `path`. */
function describe(e: FastifySchemaValidationError): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return 'Trường bắt buộc, chưa được nhập';
    case 'type':
      return p.type === 'number' || p.type === 'integer' ? 'Phải là một số' : `Sai kiểu dữ liệu (cần ${String(p.type)})`;
    case 'minLength':
      return Number(p.limit) <= 1 ? 'Không được để trống' : `Phải có ít nhất ${String(p.limit)} ký tự`;
    case 'maxLength':
      return `Không được dài quá ${String(p.limit)} ký tự`;
    case 'minimum':
      return `Phải lớn hơn hoặc bằng ${String(p.limit)}`;
    case 'maximum':
      return `Phải nhỏ hơn hoặc bằng ${String(p.limit)}`;
    case 'pattern':
    case 'format':
      return 'Sai định dạng';
    case 'enum':
    case 'const':
    case 'anyOf':
      return 'Giá trị không nằm trong danh sách cho phép';
    case 'additionalProperties':
      return `Trường không được hỗ trợ: ${String(p.additionalProperty)}`;
    default:
      return 'Giá trị không hợp lệ';
  }
}

export function validationDetails(errors: FastifySchemaValidationError[], part: string | undefined): ErrorDetail[] {
  const seen = new Set<string>();
  const details: ErrorDetail[] = [];
  for (const e of errors) {
    const p = e.params as Record<string, unknown>;
    const base = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
    const field = e.keyword === 'required' && typeof p.missingProperty === 'string'
      ? [base, p.missingProperty].filter(Boolean).join('.')
      : base || part || 'body';
    if (seen.has(field)) continue; // one message per field: the first is the most specific
    seen.add(field);
    details.push({ path: field, message: describe(e) });
  }
  return details;
}
