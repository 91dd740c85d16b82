import { describe, expect, it } from "vitest";
import { ApiError, readRetryAfter } from "../../platform/http.ts";
import { fieldErrorsFrom, formatWait, formErrorsFrom } from "./apiErrors.ts";

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

describe("formErrorsFrom", () => {
  const t = ((key: string) => key) as unknown as Parameters<typeof formErrorsFrom>[0];
  const fields = {
    "body.password": { id: "pw", message: "Choose another password" },
    "body.preferredLanguage": { id: "lang", message: "Choose a language" },
  };

  it("shows every field a 400 names, and says so when one has no input on the form", () => {
    const both = new ApiError(400, {
      errors: [
        { field: "body.password", message: "is too common" },
        { field: "body.preferredLanguage", message: "is not one of the languages" },
      ],
    });
    expect(formErrorsFrom(t, "en", both, fields)).toEqual({
      fields: [fields["body.password"], fields["body.preferredLanguage"]],
      message: null,
    });
    const other = new ApiError(400, {
      errors: [
        { field: "body.password", message: "is too common" },
        { field: "body.token", message: "is not valid" },
      ],
    });
    expect(formErrorsFrom(t, "en", other, fields)).toEqual({
      fields: [fields["body.password"]],
      message: "form.notAccepted",
    });
  });

  it("explains a failure its fields do not", () => {
    expect(formErrorsFrom(t, "en", new TypeError("offline"), fields)).toEqual({
      fields: [],
      message: "form.failed",
    });
  });
});
