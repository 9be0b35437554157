/** The part of autocannon's API the portal benchmark uses (the package ships no types). */
declare module 'autocannon' {
  interface Histogram { average: number; p50: number; p99: number; total: number }
  interface Result { requests: Histogram; latency: Histogram; non2xx: number; errors: number }
  function autocannon(opts: { url: string; connections: number; duration: number }): Promise<Result>;
  export default autocannon;
}
