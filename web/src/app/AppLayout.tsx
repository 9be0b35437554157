/** Signed-in frame: collapsible side navigation (a drawer on phones) and the header. */
import { Drawer, Grid, Layout } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { HeaderBar } from './HeaderBar.js';
import { SideMenu } from './SideMenu.js';

export function AppLayout() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const isPhone = !screens.md;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const location = useLocation();

  return (
    <Layout className="app-shell">
      {!isPhone && (
        <Layout.Sider
          className="app-sider no-print"
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          width={272}
          theme="light"
        >
          <div className="app-brand">{collapsed ? t('app.short') : t('app.name')}</div>
          <SideMenu selected={location.pathname} />
        </Layout.Sider>
      )}
      {isPhone && (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          title={t('app.name')}
          size={280}
          styles={{ body: { padding: 0 } }}
        >
          <SideMenu selected={location.pathname} onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      )}
      <Layout>
        <HeaderBar onOpenMenu={isPhone ? () => setDrawerOpen(true) : undefined} />
        <Layout.Content className="app-content">
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
