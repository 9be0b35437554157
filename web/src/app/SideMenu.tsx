import { Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { User } from '../api/types.js';
import { hasRole, useMe } from './auth.js';
import { NAV, type NavItem } from './nav.js';

type MenuItem = Required<MenuProps>['items'][number];

function visible(item: NavItem, user: User | null | undefined): boolean {
  return !item.roles || hasRole(user, ...item.roles);
}

/** Screens outside the menu that belong to one of its entries (a person's or a unit's Hồ sơ thi đua). */
const ALIASES: [string, string][] = [['/app/ca-nhan/', '/app/quan-tri/ca-nhan'], ['/app/don-vi/', '/app/quan-tri/don-vi']];

/** The menu key selected for a path: the longest navigation path that prefixes it. */
function selectedKey(pathname: string): string {
  const alias = ALIASES.find(([prefix]) => pathname.startsWith(prefix));
  if (alias) return alias[1];
  const all = NAV.flatMap((i) => [i, ...(i.children ?? [])]).map((i) => i.path);
  return all.filter((p) => pathname === p || pathname.startsWith(`${p}/`)).sort((a, b) => b.length - a.length)[0] ?? '/app';
}

export function SideMenu({ selected, onNavigate }: { selected: string; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: user } = useMe();
  const toItem = (item: NavItem): MenuItem => ({
    key: item.path,
    icon: item.icon,
    label: t(item.label),
    children: item.children?.filter((c) => visible(c, user)).map(toItem),
  });
  const key = selectedKey(selected);
  return (
    <Menu
      mode="inline"
      selectedKeys={[key]}
      defaultOpenKeys={NAV.filter((i) => i.children && key.startsWith(`${i.path}/`)).map((i) => i.path)}
      items={NAV.filter((i) => visible(i, user)).map(toItem)}
      onClick={({ key: path }) => {
        void navigate(path);
        onNavigate?.();
      }}
      data-testid="side-menu"
    />
  );
}
