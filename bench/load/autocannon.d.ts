// The part of autocannon's API the load benchmark uses (the package ships no types).
declare module 'autocannon' {
  type RawRequest = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
  type RequestSpec = RawRequest & { setupRequest?: (request: RawRequest, context: object) => RawRequest };
  type Options = {
    /** one URL, or several: the connections are spread over them in turn */
    url: string | string[];
    connections?: number;
    /** seconds */
    duration?: number;
    /** a fixed number of requests instead of a duration */
    amount?: number;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    requests?: RequestSpec[];
    /** seconds before a request counts as timed out */
    timeout?: number;
  };
  type Histogram = { average: number; mean: number; p50: number; p90: number; p99: number; max: number };
  type Result = {
    requests: Histogram & { total: number };
    latency: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    /** seconds */
    duration: number;
    '2xx': number;
  };
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
  export type { Options, Result };
}
