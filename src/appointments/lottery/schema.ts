/** The published record's JSON shape, for verifiers and for the edges that store and serve it. */
import { z } from "zod";
import { maxGroupSize } from "./draw.ts";
import { receiptStatement, termsStatement } from "./terms.ts";
import { lotteryFormat } from "./types.ts";

const name = z.string().regex(/^[\x21-\x7e]{1,64}$/, "1–64 printable ASCII characters");
const hex32 = z.string().regex(/^[0-9a-f]{64}$/, "64 lowercase hex digits");
const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");
const round = z.number().int().min(1).max(0xffffffff);
const instant = z.iso.datetime({ message: "an instant, ISO 8601 in UTC" });
const base64url = z.string().regex(/^[A-Za-z0-9_-]+$/, "base64url");

export const lotteryRequestSchema = z.object({
  id: name,
  groupSize: z.number().int().min(1).max(maxGroupSize),
  waitingDays: count,
  preferredPorts: z.array(name),
});

const parametersSchema = z.object({
  longestWaitingSharePercent: z.number().int().min(0).max(100),
  waitingThresholdDays: count,
});
const capacitiesSchema = z.array(z.object({ port: name, places: count }));
const commitmentsSchema = z.array(z.object({ party: name, commitment: hex32 }));

export const drawTermsSchema = z.object({
  statement: z.literal(termsStatement),
  day,
  round,
  operator: name,
  commitments: commitmentsSchema,
  capacities: capacitiesSchema,
  parameters: parametersSchema,
  requestsDigest: hex32,
  requestCount: count,
  frozenAt: instant,
  revealsUntil: instant,
});

export const receiptSchema = z.object({
  statement: z.literal(receiptStatement),
  day,
  round,
  party: name,
  commitment: hex32,
  reveal: hex32.nullable(),
  termsHash: hex32.nullable(),
  receivedAt: instant,
});

/** A statement with Haven's signature of its canonical JSON. */
export function signedSchema<T extends z.ZodType>(statement: T) {
  return z.object({
    signed: statement,
    keyId: z.string().regex(/^[0-9a-f]{16}$/),
    signature: base64url,
  });
}

export const signedTermsSchema = signedSchema(drawTermsSchema);
export const signedReceiptSchema = signedSchema(receiptSchema);

export const publishedDrawSchema = z.object({
  format: z.literal(lotteryFormat),
  date: day,
  round,
  parameters: parametersSchema,
  capacities: capacitiesSchema,
  operator: name,
  commitments: commitmentsSchema,
  reveals: z.array(z.object({ party: name, seed: hex32 })),
  unrevealed: z.array(name),
  status: z.enum(["drawn", "void"]),
  finalSeed: z.union([hex32, z.literal("")]),
  requestsDigest: hex32,
  requests: z.array(lotteryRequestSchema),
  allocation: z.array(
    z.object({
      requestId: name,
      port: name,
      slot: count,
      phase: z.enum(["longest-waiting", "general"]),
    }),
  ),
  terms: signedTermsSchema,
  termsHash: hex32,
  receipts: z.array(signedReceiptSchema),
});
