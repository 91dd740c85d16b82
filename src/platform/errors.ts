/**
 * Errors the adapters raise, each with the HTTP answer it maps to in one place
 * (http/problem.ts). Domain code never throws these: it returns refusals.
 */
export class NotFoundError extends Error {
  constructor(readonly what: string) {
    super(`${what} was not found`);
    this.name = "NotFoundError";
  }
}

/** Someone else wrote first: the caller's expected version is stale. Nothing was written. */
export class VersionConflictError extends Error {
  constructor(
    readonly expectedVersion: number,
    readonly actualVersion: number,
  ) {
    super(
      `The case is at version ${actualVersion}, not ${expectedVersion}: it changed since you read it. Reload it and try again.`,
    );
    this.name = "VersionConflictError";
  }
}

/** The same unique fact already exists (for example a case reference). Nothing was written. */
export class DuplicateError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "DuplicateError";
  }
}
