import { Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useMe } from './auth.js';

/** Renders the signed-in app, or sends the visitor to the login page and back afterwards. */
export function RequireAuth() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Spin fullscreen tip={t('common.loading')} />;
  if (me.isError) return <Result status="error" title={t('errors.serverDown')} subTitle={me.error.message} />;
  if (!me.data) return <Navigate to="/app/dang-nhap" replace state={{ from: location.pathname + location.search }} />;
  return <Outlet />;
}
