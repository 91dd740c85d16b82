/** The daily appointment lottery: commit–reveal seeds, the draw, the published record, its check. */
export {
  type CommitBinding,
  combineSeeds,
  commit,
  type DrawOf,
  isRound,
  verifyReveal,
} from "./commitments.ts";
export { checkParameters, draw, maxGroupSize } from "./draw.ts";
export { SeedStream } from "./prng.ts";
export {
  canonicalRequests,
  checkReveals,
  type DrawDay,
  publishDraw,
  receiptOrder,
  requestsDigest,
} from "./publish.ts";
export {
  drawTermsSchema,
  lotteryRequestSchema,
  publishedDrawSchema,
  receiptSchema,
  signedReceiptSchema,
  signedTermsSchema,
} from "./schema.ts";
export {
  canonicalText,
  commitmentReceipt,
  drawTerms,
  revealReceipt,
  type TermsInput,
  termsHash,
} from "./terms.ts";
export * from "./types.ts";
export {
  type Mismatch,
  type MismatchCode,
  type Verification,
  type VerifyOptions,
  verifyDraw,
} from "./verify.ts";
