/**
 * Errors the HTTP layer raises, with the answer each maps to in one place (http/problem.ts).
 * Use cases never throw these: they return failures (http/problem.ts, `Failure`).
 */
export class NotFoundError extends Error {
  constructor(readonly what: string) {
    super(`${what} was not found`);
    this.name = "NotFoundError";
  }
}
