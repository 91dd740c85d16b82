import type { FastifyRequest } from "fastify";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { isConnectionFailure, toProblem } from "./problem.ts";

/** As pg makes it from a server's ErrorResponse. */
function serverError(code: string, message: string): Error {
  const error = new pg.DatabaseError(message, message.length, "error");
  error.code = code;
  return error;
}

function socketError(code: string): Error {
  return Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code });
}

const logged: unknown[] = [];
const request = {
  log: { error: (entry: unknown) => logged.push(entry) },
} as unknown as FastifyRequest;

describe("what a database restart looks like is 503, and nothing else is", () => {
  it.each([
    serverError("57P01", "terminating connection due to administrator command"),
    serverError("57P02", "terminating connection because of crash of another server process"),
    serverError("57P03", "the database system is starting up"),
    serverError("57P03", "the database system is shutting down"),
    serverError("08000", "connection exception"),
    serverError("08001", "could not connect to server"),
    serverError("08003", "connection does not exist"),
    serverError("08006", "connection failure"),
    socketError("ECONNREFUSED"),
    socketError("ECONNRESET"),
    socketError("EPIPE"),
    socketError("ETIMEDOUT"),
    new Error("Connection terminated unexpectedly"),
    new Error("Client has encountered a connection error and is not queryable"),
    new Error("timeout exceeded when trying to connect"),
    new Error("Connection terminated due to connection timeout"),
  ])("$message ($code) is 503", (error) => {
    expect(isConnectionFailure(error)).toBe(true);
    const problem = toProblem(error, request);
    expect(problem.status).toBe(503);
    expect(problem.title).toBe("Service unavailable");
    expect(problem.detail).not.toMatch(/administrator|5432|127\.0\.0\.1/);
  });

  it.each([
    serverError("23505", "duplicate key value violates unique constraint"),
    serverError("42P01", "relation does not exist"),
    serverError("40001", "could not serialize access"),
    // Haven closing its own pool says this: not an outage of the database.
    new Error("Connection terminated"),
    new Error("Connection terminated unexpectedly, and then some"),
    // The message alone is not enough when a code says otherwise.
    Object.assign(new Error("Connection terminated unexpectedly"), { code: "XX000" }),
    new TypeError("Cannot read properties of undefined"),
  ])("$message ($code) is not", (error) => {
    expect(isConnectionFailure(error)).toBe(false);
    expect(toProblem(error, request).status).not.toBe(503);
  });

  it("is not fooled by things that are not errors", () => {
    expect(isConnectionFailure("Connection terminated unexpectedly")).toBe(false);
    expect(isConnectionFailure(null)).toBe(false);
    expect(isConnectionFailure(undefined)).toBe(false);
  });
});
