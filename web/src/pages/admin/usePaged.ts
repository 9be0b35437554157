/** Server-side paging and filters of an admin table (limit/offset); changing a filter goes back to page 1. */
import type { TablePaginationConfig } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Query } from '../../api/client.js';

export function usePaged<F extends Query>(initial: F) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [filters, setFiltersState] = useState<F>(initial);
  const setFilter = <K extends keyof F>(key: K, value: F[K]) => {
    setFiltersState((f) => ({ ...f, [key]: value }));
    setPage(1);
  };
  const pagination = (total: number | undefined): TablePaginationConfig => ({
    current: page,
    pageSize,
    total,
    showSizeChanger: true,
    showTotal: (n) => t('common.total', { count: n }),
    onChange: (p, s) => {
      setPage(s === pageSize ? p : 1);
      setPageSize(s);
    },
  });
  return { query: { ...filters, limit: pageSize, offset: (page - 1) * pageSize }, filters, setFilter, pagination };
}
