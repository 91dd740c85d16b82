import { describe, expect, it } from "vitest";
import { ApiError, readRetryAfter } from "../../platform/http.ts";
import { fieldErrorsFrom, formatWait } from "./apiErrors.ts";

describe("formatWait", () => {
  it("says seconds, or minutes beyond a minute and a half, in the reader's language", () => {
    expect(formatWait(30, "en")).toBe("30 seconds");
    expect(formatWait(600, "en")).toBe("10 minutes");
    expect(formatWait(45, "ru")).toBe("45 секунд");
  });
});

describe("readRetryAfter", () => {
  it("reads seconds or an HTTP date", () => {
    expect(readRetryAfter("120")).toBe(120);
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(readRetryAfter("Thu, 01 Jan 2026 00:01:00 GMT", now)).toBe(60);
    expect(readRetryAfter(null)).toBeNull();
    expect(readRetryAfter("soon")).toBeNull();
  });
});

describe("fieldErrorsFrom", () => {
  const fields = {
    "body.password": { id: "pw", message: "Choose another password" },
    "body.post": { id: "post", message: "Unknown post" },
  };

  it("maps the fields a 400 names, nested ones too, to the form's inputs", () => {
    const error = new ApiError(400, {
      errors: [
        { field: "body.password", message: "is too common" },
        { field: "body.post.id", message: "is not a known post" },
        { field: "body.other", message: "?" },
      ],
    });
    expect(fieldErrorsFrom(error, fields)).toEqual([fields["body.password"], fields["body.post"]]);
  });

  it("finds nothing in other errors", () => {
    expect(fieldErrorsFrom(new Error("offline"), fields)).toEqual([]);
    expect(fieldErrorsFrom(new ApiError(500, null), fields)).toEqual([]);
  });
});
