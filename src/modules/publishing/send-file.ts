import type { FastifyReply } from 'fastify';

/** Sends a stored file: images inline, everything else as a download; never sniffed as another type. */
export function sendStoredFile(reply: FastifyReply, file: { mime: string; name: string; content: Buffer }, cacheSeconds = 0) {
  const disposition = file.mime.startsWith('image/') ? 'inline' : 'attachment';
  if (cacheSeconds) reply.header('cache-control', `public, max-age=${cacheSeconds}`);
  return reply.type(file.mime).header('x-content-type-options', 'nosniff')
    .header('content-disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(file.name)}`)
    .send(file.content);
}
