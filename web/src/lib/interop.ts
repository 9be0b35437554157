/**
 * Default export of a CommonJS-typed package (antd locales, echarts-for-react). The bundler hands
 * over the value itself; type-checking with NodeNext (the root tsconfig) sees `{ default: value }`.
 */
export function interopDefault<T>(imported: T | { default: T }): T {
  return typeof imported === 'object' && imported !== null && 'default' in imported ? imported.default : imported;
}
