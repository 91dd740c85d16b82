/** The daily appointment lottery: commit–reveal seeds, the draw, the published record, its check. */
export { type CommitBinding, combineSeeds, commit, verifyReveal } from "./commitments.ts";
export { checkParameters, draw, maxGroupSize } from "./draw.ts";
export { SeedStream } from "./prng.ts";
export {
  canonicalRequests,
  checkReveals,
  type DrawDay,
  publishDraw,
  requestsDigest,
} from "./publish.ts";
export { lotteryRequestSchema, publishedDrawSchema } from "./schema.ts";
export * from "./types.ts";
export { type Mismatch, type MismatchCode, type Verification, verifyDraw } from "./verify.ts";
