/** One registration per person: transliteration, name skeletons and the duplicate check. */
export { areCognates, canonicalForm } from "./cognates.ts";
export {
  editDistance,
  type IdentityKeys,
  identityKeys,
  type MatchCode,
  type MatchResult,
  type MatchVerdict,
  matchPerson,
  matchReasons,
  namesClose,
  type PersonRecord,
  type RegisteredPerson,
} from "./match.ts";
export { type FoundCode, type FoundMatch, type RankedMatches, rankMatches } from "./rank.ts";
export { latinWords, nameSkeleton, nameSkeletons } from "./skeleton.ts";
export { transliterate } from "./transliterate.ts";
