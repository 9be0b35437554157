import { useTranslation } from 'react-i18next';
import { periodLabelArgs } from '../lib/period.js';

/** "Quý I/2024", "Tháng 5/2024", "6 tháng đầu năm 2024", "Năm 2024". */
export function usePeriodLabel(): (code: string) => string {
  const { t } = useTranslation();
  return (code) => {
    const { key, args } = periodLabelArgs(code);
    return t(key, args);
  };
}
