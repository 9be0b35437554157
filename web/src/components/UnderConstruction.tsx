import { ToolOutlined } from '@ant-design/icons';
import { Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Honest placeholder of a module not built yet: says what will be there. */
export function UnderConstruction({ module }: { module: string }) {
  const { t } = useTranslation();
  const features = t(`building.${module}.features`, { returnObjects: true }) as string[];
  return (
    <Result
      icon={<ToolOutlined />}
      title={t(`building.${module}.title`)}
      subTitle={t('building.notice')}
      data-testid="under-construction"
    >
      <Typography.Paragraph strong>{t('building.willContain')}</Typography.Paragraph>
      <ul className="building-list">
        {features.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
    </Result>
  );
}
