/**
 * Extension point of the public portal: a module adds a section (a menu entry and its pages)
 * here, and its pages get the portal's shell (date line, text size, landmarks, Open Graph).
 * Meant for the disclosure lists with their feedback form (công khai) and the clusters' rankings.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../server/app.js';
import type { AppDeps } from '../../server/context.js';
import { disclosureSection } from '../disclosures/portal.js';
import type { NavLink, PageContent } from './layout.js';

export interface PortalKit {
  /** Renders a page in the portal's shell and sends it (status 200 unless given). */
  send(request: FastifyRequest, reply: FastifyReply, page: PageContent, status?: number): Promise<FastifyReply>;
  notFound(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply>;
}

export interface PortalSection {
  nav: NavLink;
  register(app: App, deps: AppDeps, kit: PortalKit): void;
}

/** Sections added by other modules, after the portal's own (home, news, movements, targets, models, registry). */
export const PORTAL_SECTIONS: PortalSection[] = [disclosureSection];
