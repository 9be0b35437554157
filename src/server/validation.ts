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
  const add = (field: string, message: string) => {
    if (seen.has(field)) return; // one message per field: the first is the most specific
    seen.add(field);
    details.push({ path: field, message });
  };
  for (const e of errors) {
    const p = e.params as Record<string, unknown>;
    const base = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
    // TypeBox lists every missing property of an object in one error; Ajv names one.
    const missing = e.keyword === 'required'
      ? (Array.isArray(p.requiredProperties) ? (p.requiredProperties as string[]) : [String(p.missingProperty)])
      : [];
    if (missing.length) for (const m of missing) add([base, m].filter(Boolean).join('.'), describe(e));
    else add(base || part || 'body', describe(e));
  }
  return details;
}
