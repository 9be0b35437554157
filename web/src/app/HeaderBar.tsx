/** Header: menu button (phones), notifications, who is signed in (name, unit, roles), language, password, logout. */
import { KeyOutlined, LogoutOutlined, MailOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, Layout, Segmented, Space, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LANGUAGES } from '../i18n/index.js';
import { ME_KEY, useAuthActions, useMe } from './auth.js';
import { ChangePasswordModal } from './ChangePasswordModal.js';
import { EmailModal } from './EmailModal.js';
import { NotificationBell } from './NotificationBell.js';

export function LanguageSwitch() {
  const { i18n } = useTranslation();
  return (
    <Segmented
      size="small"
      value={i18n.language}
      options={LANGUAGES.map((l) => ({ value: l, label: l.toUpperCase() }))}
      onChange={(lng) => void i18n.changeLanguage(lng)}
      data-testid="language-switch"
    />
  );
}

export function HeaderBar({ onOpenMenu }: { onOpenMenu?: () => void }) {
  const { t } = useTranslation();
  const { data: user } = useMe();
  const { logout } = useAuthActions();
  const navigate = useNavigate();
  const [pwOpen, setPwOpen] = useState(false);
  const [emailOpen, setEmailOpen] = useState(false);
  const queryClient = useQueryClient();
  if (!user) return null;
  const roles = user.roles.map((r) => t(`roles.${r}`));

  const menu = {
    items: [
      {
        key: 'who',
        disabled: true,
        label: (
          <div className="header-who">
            <Typography.Text strong>{user.fullName}</Typography.Text>
            <div>{user.unit.name}</div>
            <div>{roles.join(', ')}</div>
          </div>
        ),
      },
      { type: 'divider' as const },
      { key: 'password', icon: <KeyOutlined />, label: t('auth.changePassword') },
      { key: 'email', icon: <MailOutlined />, label: t('reminders.email.menu') },
      { key: 'logout', icon: <LogoutOutlined />, label: t('auth.logout'), danger: true },
    ],
    onClick: ({ key }: { key: string }) => {
      if (key === 'password') setPwOpen(true);
      if (key === 'email') setEmailOpen(true);
      if (key === 'logout') void logout().then(() => navigate('/app/dang-nhap'));
    },
  };

  return (
    <Layout.Header className="app-header no-print">
      {onOpenMenu && (
        <>
          <Button type="text" icon={<MenuOutlined />} onClick={onOpenMenu} aria-label={t('nav.open')} data-testid="nav-open" />
          <span className="app-header-brand">{t('app.name')}</span>
        </>
      )}
      <div className="app-header-spacer" />
      <Space size="middle">
        <NotificationBell />
        <LanguageSwitch />
        <Dropdown menu={menu} trigger={['click']} placement="bottomRight">
          <Button type="text" className="header-user" data-testid="user-menu">
            <Avatar size="small" icon={<UserOutlined />} />
            <span className="header-user-text">
              <span className="header-user-name">{user.fullName}</span>
              <span className="header-user-unit">{user.unit.name}</span>
            </span>
            {roles[0] && <Tag className="header-user-role">{roles[0]}</Tag>}
          </Button>
        </Dropdown>
      </Space>
      <ChangePasswordModal
        open={pwOpen || user.mustChangePassword}
        forced={user.mustChangePassword}
        onClose={() => {
          setPwOpen(false);
          void queryClient.invalidateQueries({ queryKey: ME_KEY });
        }}
      />
      {emailOpen && <EmailModal open onClose={() => setEmailOpen(false)} />}
    </Layout.Header>
  );
}
