/** Every module of the platform, in the order of the side navigation. */
import {
  AimOutlined, BankOutlined, BellOutlined, CalendarOutlined, BarChartOutlined, BookOutlined, CheckSquareOutlined, ControlOutlined,
  ClusterOutlined, EyeOutlined, FileDoneOutlined, FlagOutlined, FolderOpenOutlined, FormOutlined, HistoryOutlined, NotificationOutlined,
  SafetyCertificateOutlined, SafetyOutlined, SettingOutlined, StarOutlined, TeamOutlined, TrophyOutlined,
  UnorderedListOutlined, UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Role } from '../api/types.js';

export interface NavItem {
  path: string;
  /** i18n key of the label. */
  label: string;
  icon: ReactNode;
  /** Only these roles see the item (everyone when absent). */
  roles?: Role[];
  children?: NavItem[];
}

export const NAV: NavItem[] = [
  { path: '/app', label: 'nav.todo', icon: <CheckSquareOutlined /> },
  { path: '/app/phong-trao', label: 'nav.movements', icon: <FlagOutlined /> },
  { path: '/app/chi-tieu', label: 'nav.targets', icon: <AimOutlined /> },
  { path: '/app/cum-khoi', label: 'nav.clusters', icon: <ClusterOutlined /> },
  { path: '/app/dang-ky', label: 'nav.registrations', icon: <FormOutlined /> },
  {
    path: '/app/khen-thuong',
    label: 'nav.awards',
    icon: <TrophyOutlined />,
    children: [
      { path: '/app/khen-thuong/kiem-tra', label: 'nav.eligibility', icon: <SafetyOutlined /> },
      { path: '/app/khen-thuong/danh-muc', label: 'nav.awardCatalogue', icon: <UnorderedListOutlined /> },
      { path: '/app/khen-thuong/cai-dat', label: 'nav.awardSettings', icon: <ControlOutlined /> },
      { path: '/app/khen-thuong/ho-so', label: 'nav.proposals', icon: <FolderOpenOutlined />, roles: ['admin', 'board', 'unit_officer', 'viewer'] },
      { path: '/app/khen-thuong/nhac-han', label: 'reminders.title', icon: <BellOutlined />, roles: ['admin', 'board', 'unit_officer', 'viewer'] },
      { path: '/app/khen-thuong/cong-khai', label: 'nav.disclosures', icon: <EyeOutlined />, roles: ['admin', 'board'] },
      { path: '/app/khen-thuong/quyet-dinh', label: 'nav.decisions', icon: <FileDoneOutlined />, roles: ['admin', 'board'] },
    ],
  },
  { path: '/app/hoi-dong', label: 'nav.council', icon: <SafetyCertificateOutlined />, roles: ['admin', 'board', 'council_member', 'viewer'] },
  { path: '/app/so-vang', label: 'nav.registry', icon: <BookOutlined /> },
  { path: '/app/dien-hinh', label: 'nav.practices', icon: <StarOutlined /> },
  { path: '/app/tin-tuc', label: 'nav.news', icon: <NotificationOutlined /> },
  { path: '/app/bao-cao', label: 'nav.reports', icon: <BarChartOutlined /> },
  {
    path: '/app/quan-tri',
    label: 'nav.admin',
    icon: <SettingOutlined />,
    roles: ['admin', 'board', 'unit_officer', 'viewer'],
    children: [
      { path: '/app/quan-tri/don-vi', label: 'nav.units', icon: <BankOutlined /> },
      { path: '/app/quan-tri/ca-nhan', label: 'nav.people', icon: <TeamOutlined /> },
      { path: '/app/quan-tri/nguoi-dung', label: 'nav.users', icon: <UserOutlined />, roles: ['admin'] },
      { path: '/app/quan-tri/nhat-ky', label: 'nav.audit', icon: <HistoryOutlined />, roles: ['admin', 'board'] },
      { path: '/app/quan-tri/ngay-nghi', label: 'nav.holidays', icon: <CalendarOutlined />, roles: ['admin', 'board'] },
    ],
  },
];
