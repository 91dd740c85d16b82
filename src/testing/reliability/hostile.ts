import fc from "fast-check";

/** Strings that have broken servers: NUL, lone surrogates, year 0000, injections, sheer size. */
export const hostileStrings = [
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x".repeat(10_000),
  "🙂🙂🙂",
  "\u202egnp.exe",
  "' OR '1'='1",
  "'; drop table cases; --",
  "\\",
  "%00",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "0000-01-01",
  "0000-01-01T00:00:00Z",
  "9999-12-31T23:59:59Z",
  "+275760-09-13T00:00:00.000Z",
  "2024-02-30",
  "2024-13-01T25:61:00Z",
  "",
  " ",
  "null",
  "__proto__",
  "constructor",
  "1e400",
  "NaN",
  "-0",
];

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...hostileStrings) },
  fc.constantFrom(-1, 0, 1.5, 1e308, -1e308, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER, true, null),
  fc.constantFrom([], {}, [null], { a: { b: { c: [] } } }),
  fc.constant(null).map(() => JSON.parse('{"__proto__": {"isAdmin": true}}')),
  fc.nat({ max: 5_000 }).map((n) => Array.from({ length: n }, () => "a")),
  fc.constant(null).map(() => {
    let deep: unknown = "bottom";
    for (let i = 0; i < 200; i++) deep = [deep];
    return deep;
  }),
);

/** Keys a body should not be able to smuggle in. */
const hostileKeys = ["__proto__", "constructor", "prototype", "extra", "", "\u0000"];

/** Sets `key` as an own property, even `__proto__` (which an assignment would not). */
function withKey(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/**
 * One change to a valid value: a field replaced by a hostile value, a field dropped, a hostile key
 * added, or the whole value replaced. `pick` chooses where (any natural number will do).
 */
export function mutate(
  value: unknown,
  pick: number,
  hostile: unknown,
  how: "replace" | "drop" | "add" | "whole",
): unknown {
  if (how === "whole" || value === null || typeof value !== "object") return hostile;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value)
    ? [...value]
    : { ...(value as Record<string, unknown>) };
  const keys = Object.keys(copy);
  if (how === "add" || keys.length === 0) {
    if (Array.isArray(copy)) copy.push(hostile);
    else withKey(copy, hostileKeys[pick % hostileKeys.length] as string, hostile);
    return copy;
  }
  const key = keys[pick % keys.length] as string;
  const inner = (copy as Record<string, unknown>)[key];
  if (how === "drop") {
    if (Array.isArray(copy)) copy.splice(Number(key), 1);
    else delete copy[key];
    return copy;
  }
  // Go deeper half the time, so nested fields (a command's own fields) are reached too.
  const next =
    inner !== null && typeof inner === "object" && pick % 2 === 0
      ? mutate(inner, Math.floor(pick / 2), hostile, how)
      : hostile;
  withKey(copy as Record<string, unknown>, key, next);
  return copy;
}

/** Path segments as sent on the wire (already percent-encoded, or deliberately badly). */
export const hostileSegments = [
  "%E0%A4%A",
  "%",
  "%ZZ",
  "a".repeat(150),
  "%00",
  "..%2F..%2Fetc",
  "%2e%2e",
  "null",
  "0000-01-01",
  "-1",
  "%F0%9F%99%82",
  "%C0%AF",
  "%20",
  "__proto__",
  "1%27%20OR%20%271%27%3D%271",
];

/** Whole bodies that are not what a route reads: bad JSON, other types, too big. */
export const hostileBodies: { contentType: string | null; body: string }[] = [
  { contentType: "application/json", body: "{" },
  { contentType: "application/json", body: "[]" },
  { contentType: "application/json", body: "null" },
  { contentType: "application/json", body: '"text"' },
  { contentType: "application/json", body: '{"a":1}{' },
  { contentType: "application/json", body: '{"__proto__":{"role":"administrator"}}' },
  { contentType: "application/json", body: `{"a":"${"x".repeat(300 * 1024)}"}` },
  { contentType: "text/plain", body: '{"a":1}' },
  { contentType: "application/x-www-form-urlencoded", body: "a=1&b=2" },
  { contentType: null, body: '{"a":1}' },
  { contentType: "application/json; charset=utf-16", body: "{}" },
];
