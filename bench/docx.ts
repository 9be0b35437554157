/**
 * Time to generate Word documents in process (no database, no HTTP):
 *
 *   npx tsx bench/docx.ts [--runs 20] [--warmup 3] [--names 500]
 *
 * a decision with an annex of `--names` people, the same with 50, and a batch of 50 certificates.
 */
import { performance } from 'node:perf_hooks';
import { renderCertificates } from '../src/modules/documents/docx/certificate.js';
import { renderOfficialDocument } from '../src/modules/documents/docx/official-document.js';
import { sampleCertificate, sampleDecision } from '../src/modules/documents/docx/testing.js';
import { ms, percentile, table } from './harness.js';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number ≥ 1`);
  return value;
}

const runs = option('runs', 20);
const warmup = option('warmup', 3);
const names = option('names', 500);

async function time(what: string, make: () => Promise<Buffer>): Promise<string[]> {
  for (let i = 0; i < warmup; i++) await make();
  const samples: number[] = [];
  let size = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    size = (await make()).length;
    samples.push(performance.now() - start);
  }
  return [what, String(runs), (size / 1024).toFixed(1), ms(percentile(samples, 50)), ms(percentile(samples, 95))];
}

const rows = [
  await time(`decision, annex of ${names} names`, () => renderOfficialDocument(sampleDecision(names))),
  await time('decision, annex of 50 names', () => renderOfficialDocument(sampleDecision(50))),
  await time('50 certificates (50 pages)', () => renderCertificates(sampleCertificate(50))),
];
console.info(table(['document', 'runs', 'KB', 'p50 ms', 'p95 ms'], rows));
