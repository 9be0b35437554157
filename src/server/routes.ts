import { Type } from 'typebox';
import { auditRoutes } from '../modules/audit/routes.js';
import { awardRegistryRoutes } from '../modules/awards/registry/routes.js';
import { awardRoutes } from '../modules/awards/routes.js';
import { authRoutes } from '../modules/auth/routes.js';
import { councilRoutes } from '../modules/council/routes.js';
import { decisionRoutes } from '../modules/decisions/routes.js';
import { disclosureRoutes } from '../modules/disclosures/routes.js';
import { newsRoutes } from '../modules/news/routes.js';
import { practiceRoutes } from '../modules/practices/routes.js';
import { reportRoutes } from '../modules/reports/routes.js';
import { movementRoutes } from '../modules/movements/routes.js';
import { notificationRoutes } from '../modules/notifications/routes.js';
import { clusterRoutes } from '../modules/clusters/routes.js';
import { orgRoutes } from '../modules/org/routes.js';
import { proposalRoutes } from '../modules/proposals/routes.js';
import { indicatorDefinitionRoutes } from '../modules/targets/definition-routes.js';
import { targetExcelRoutes } from '../modules/targets/excel-routes.js';
import { targetRoutes } from '../modules/targets/routes.js';
import { calendarRoutes } from '../modules/calendar/routes.js';
import { reminderRoutes } from '../modules/reminders/routes.js';
import type { App } from './app.js';
import type { AppDeps } from './context.js';

/** Every module's routes, mounted under /api/v1. */
export function registerRoutes(app: App, deps: AppDeps): void {
  app.get('/health', { config: { public: true }, schema: { tags: ['system'], response: { 200: Type.Object({ status: Type.Literal('ok') }) } } }, () => ({ status: 'ok' as const }));
  authRoutes(app, deps);
  orgRoutes(app, deps);
  auditRoutes(app, deps);
  awardRoutes(app, deps);
  movementRoutes(app, deps);
  targetRoutes(app, deps);
  targetExcelRoutes(app, deps);
  indicatorDefinitionRoutes(app, deps);
  awardRegistryRoutes(app, deps);
  practiceRoutes(app, deps);
  newsRoutes(app, deps);
  reportRoutes(app, deps);
  calendarRoutes(app, deps);
  proposalRoutes(app, deps);
  councilRoutes(app, deps);
  disclosureRoutes(app, deps);
  decisionRoutes(app, deps);
  notificationRoutes(app, deps);
  clusterRoutes(app, deps);
  reminderRoutes(app, deps);
}
