/** antd and dayjs follow the i18next language (vi by default). */
import { App as AntApp, ConfigProvider } from 'antd';
import type { Locale } from 'antd/es/locale/index.js';
import enUSModule from 'antd/locale/en_US.js';
import viVNModule from 'antd/locale/vi_VN.js';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { interopDefault } from '../lib/interop.js';

const enUS = interopDefault<Locale>(enUSModule);
const viVN = interopDefault<Locale>(viVNModule);

export function LocaleProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const isEn = i18n.language === 'en';
  dayjs.locale(isEn ? 'en' : 'vi');
  return (
    <ConfigProvider
      locale={isEn ? enUS : viVN}
      theme={{ token: { colorPrimary: '#b71c1c', borderRadius: 6, fontSize: 15 } }}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
