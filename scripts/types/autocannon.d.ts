// The part of autocannon 9's API that scripts/loadtest.ts uses (the package ships no types; @types/autocannon
// describes version 7).
declare module 'autocannon' {
  type Histogram = { average: number; p50: number; p90: number; p99: number; max: number; total: number };
  type Options = { url: string; connections?: number; duration?: number; headers?: Record<string, string>; timeout?: number };
  type Result = { requests: Histogram; latency: Histogram; throughput: Histogram; errors: number; timeouts: number; non2xx: number };
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
