import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export function ActiveTag({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return <Tag color={active ? 'green' : 'default'}>{t(active ? 'admin.active' : 'admin.inactive')}</Tag>;
}
