/** What matches read of a request. The simulator's request satisfies it. */
export interface RequestView {
  /** Upper-case method, e.g. `GET`. */
  method: string;
  scheme: string;
  /** Host without port, lower-case. */
  host: string;
  /** The Host header as sent (with a port when the URL had one). */
  authority: string;
  port: number;
  /** Path without the query string. */
  path: string;
  /** First value of each query parameter (names are case-sensitive). */
  query: ReadonlyMap<string, string>;
  /** Header values by lower-case name; repeated headers are joined with `,`. */
  headers: ReadonlyMap<string, string>;
}
