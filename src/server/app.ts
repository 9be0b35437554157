import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { TypeBoxValidatorCompiler, type TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { registerAuth } from './auth-hook.js';
import type { AppDeps } from './context.js';
import { registerErrorHandler } from './error-handler.js';
import { portalRoutes } from '../modules/portal/routes.js';
import { registerRoutes } from './routes.js';

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

const webDist = path.resolve(fileURLToPath(import.meta.url), '../../../web/dist');

export type App = FastifyInstance<
  import('node:http').Server,
  import('node:http').IncomingMessage,
  import('node:http').ServerResponse,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

export async function buildApp(deps: AppDeps, opts: { logger?: boolean } = {}): Promise<App> {
  const app = Fastify({
    logger: opts.logger ? { level: 'info', redact: ['req.headers.cookie', 'req.headers.authorization'] } : false,
    trustProxy: deps.config.trustProxy,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(TypeBoxValidatorCompiler);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"], // antd injects its CSS-in-JS styles at run time
        scriptSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 20 } });
  await app.register(swagger, {
    openapi: {
      info: { title: 'thidua API', version: '1', description: 'Thi đua, khen thưởng — REST JSON API' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'thidua_session' } } },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  registerErrorHandler(app);
  registerAuth(app, deps);
  await app.register((scope, _o, done) => {
    registerRoutes(scope as unknown as App, deps);
    done();
  }, { prefix: '/api/v1' });
  // The public portal owns "/" and its public paths; the web app lives under /app (and /chi-tieu/:year).
  portalRoutes(app, deps);

  if (fs.existsSync(path.join(webDist, 'index.html'))) {
    // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
    await app.register(fastifyStatic, { root: webDist, wildcard: true, index: false });
    // The SPA owns every non-API path: its router shows the page or a "not found" screen.
    app.setNotFoundHandler((request, reply) => {
      if (request.url.startsWith('/api/')) {
        return reply.code(404).send({ error: { code: 'not_found', message: 'Không tìm thấy địa chỉ API', details: [] } });
      }
      return reply.type('text/html').sendFile('index.html');
    });
  }
  return app;
}
