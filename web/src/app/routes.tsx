/** Routes; pages load on demand so the login and public pages stay light. */
import { Spin } from 'antd';
import { createBrowserRouter, Navigate } from 'react-router';
import { NotFound } from '../components/NotFound.js';
import { AppLayout } from './AppLayout.js';
import { RequireAuth } from './RequireAuth.js';

const loading = <Spin fullscreen />;

export const router = createBrowserRouter([
  { path: '/', element: <Navigate to="/app" replace /> },
  { path: '/chi-tieu/:year', hydrateFallbackElement: loading, lazy: () => import('../pages/public/PublicDashboardPage.js').then((m) => ({ Component: m.PublicDashboardPage })) },
  { path: '/app/dang-nhap', hydrateFallbackElement: loading, lazy: () => import('../pages/auth/LoginPage.js').then((m) => ({ Component: m.LoginPage })) },
  {
    path: '/app',
    element: <RequireAuth />,
    hydrateFallbackElement: loading,
    children: [
      { path: 'chi-tieu/in', lazy: () => import('../pages/targets/PrintPage.js').then((m) => ({ Component: m.PrintPage })) },
      {
        element: <AppLayout />,
        children: [
          { index: true, lazy: () => import('../pages/home/TodoPage.js').then((m) => ({ Component: m.TodoPage })) },
          { path: 'phong-trao', lazy: () => import('../pages/movements/MovementsPage.js').then((m) => ({ Component: m.MovementsPage })) },
          { path: 'phong-trao/:id', lazy: () => import('../pages/movements/MovementPage.js').then((m) => ({ Component: m.MovementPage })) },
          { path: 'chi-tieu', lazy: () => import('../pages/targets/TargetsPage.js').then((m) => ({ Component: m.TargetsPage })) },
          { path: 'chi-tieu/:id', lazy: () => import('../pages/targets/IndicatorPage.js').then((m) => ({ Component: m.IndicatorPage })) },
          { path: 'khen-thuong', element: <Navigate to="/app/khen-thuong/kiem-tra" replace /> },
          { path: 'khen-thuong/kiem-tra', lazy: () => import('../pages/awards/EligibilityPage.js').then((m) => ({ Component: m.EligibilityPage })) },
          { path: 'khen-thuong/danh-muc', lazy: () => import('../pages/awards/CataloguePage.js').then((m) => ({ Component: m.CataloguePage })) },
          { path: 'khen-thuong/cai-dat', lazy: () => import('../pages/settings/SettingsPage.js').then((m) => ({ Component: m.SettingsPage })) },
          { path: 'ca-nhan/:id/thi-dua', lazy: () => import('../pages/history/SubjectHistoryPage.js').then((m) => ({ Component: m.PersonHistoryPage })) },
          { path: 'don-vi/:id/thi-dua', lazy: () => import('../pages/history/SubjectHistoryPage.js').then((m) => ({ Component: m.UnitHistoryPage })) },
          { path: 'khen-thuong/ho-so', lazy: () => import('../pages/proposals/ProposalsPage.js').then((m) => ({ Component: m.ProposalsPage })) },
          { path: 'khen-thuong/ho-so/:id', lazy: () => import('../pages/proposals/ProposalPage.js').then((m) => ({ Component: m.ProposalPage })) },
          { path: 'khen-thuong/nhac-han', lazy: () => import('../pages/reminders/RemindersPage.js').then((m) => ({ Component: m.RemindersPage })) },
          { path: 'khen-thuong/cong-khai', lazy: () => import('../pages/disclosures/DisclosuresPage.js').then((m) => ({ Component: m.DisclosuresPage })) },
          { path: 'khen-thuong/quyet-dinh', lazy: () => import('../pages/decisions/DecisionsPage.js').then((m) => ({ Component: m.DecisionsPage })) },
          { path: 'khen-thuong/quyet-dinh/:id', lazy: () => import('../pages/decisions/DecisionPage.js').then((m) => ({ Component: m.DecisionPage })) },
          { path: 'hoi-dong', lazy: () => import('../pages/council/CouncilPage.js').then((m) => ({ Component: m.CouncilPage })) },
          { path: 'hoi-dong/:id', lazy: () => import('../pages/council/SessionPage.js').then((m) => ({ Component: m.SessionPage })) },
          { path: 'cum-khoi', lazy: () => import('../pages/clusters/ClustersPage.js').then((m) => ({ Component: m.ClustersPage })) },
          { path: 'cum-khoi/:id', lazy: () => import('../pages/clusters/ClusterPage.js').then((m) => ({ Component: m.ClusterPage })) },
          { path: 'cum-khoi/:id/phieu/:unitId', lazy: () => import('../pages/clusters/ScorecardPage.js').then((m) => ({ Component: m.ScorecardPage })) },
          { path: 'dang-ky', lazy: () => import('../pages/registrations/RegistrationsPage.js').then((m) => ({ Component: m.RegistrationsPage })) },
          { path: 'so-vang', lazy: () => import('../pages/registry/RegistryPage.js').then((m) => ({ Component: m.RegistryPage })) },
          { path: 'dien-hinh', lazy: () => import('../pages/publications/PracticesPage.js').then((m) => ({ Component: m.PracticesPage })) },
          { path: 'bao-cao', lazy: () => import('../pages/reports/ReportsPage.js').then((m) => ({ Component: m.ReportsPage })) },
          { path: 'tin-tuc', lazy: () => import('../pages/publications/NewsPage.js').then((m) => ({ Component: m.NewsPage })) },
          { path: 'quan-tri', element: <Navigate to="/app/quan-tri/don-vi" replace /> },
          { path: 'quan-tri/don-vi', lazy: () => import('../pages/admin/UnitsPage.js').then((m) => ({ Component: m.UnitsPage })) },
          { path: 'quan-tri/ca-nhan', lazy: () => import('../pages/admin/PeoplePage.js').then((m) => ({ Component: m.PeoplePage })) },
          { path: 'quan-tri/nguoi-dung', lazy: () => import('../pages/admin/UsersPage.js').then((m) => ({ Component: m.UsersPage })) },
          { path: 'quan-tri/ngay-nghi', lazy: () => import('../pages/admin/HolidaysPage.js').then((m) => ({ Component: m.HolidaysPage })) },
          { path: 'quan-tri/nhat-ky', lazy: () => import('../pages/admin/AuditPage.js').then((m) => ({ Component: m.AuditPage })) },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
  { path: '*', element: <NotFound /> },
]);
