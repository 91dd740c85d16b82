/** The public detainee locator (POST /api/locator/search), typed with the server's own schemas. */
import type { LocatorAnswerBody, LocatorSearchBody } from "../../../src/custody/locator/schemas.ts";
import { postJson } from "../platform/http.ts";

export type LocatorSearch = LocatorSearchBody;
export type LocatorAnswer = LocatorAnswerBody;
export type FacilityFound = Extract<LocatorAnswer, { found: true }>["facility"];

/** A POST, so that the names and numbers typed never appear in an address. */
export function searchDetainee(search: LocatorSearch): Promise<LocatorAnswer> {
  return postJson<LocatorAnswer>("/api/locator/search", search);
}
