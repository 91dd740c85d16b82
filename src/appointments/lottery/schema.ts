/** The published record's JSON shape, for verifiers and for the edges that store and serve it. */
import { z } from "zod";
import { maxGroupSize } from "./draw.ts";
import { lotteryFormat } from "./types.ts";

const name = z.string().regex(/^[\x21-\x7e]{1,64}$/, "1–64 printable ASCII characters");
const hex32 = z.string().regex(/^[0-9a-f]{64}$/, "64 lowercase hex digits");
const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const lotteryRequestSchema = z.object({
  id: name,
  groupSize: z.number().int().min(1).max(maxGroupSize),
  waitingDays: count,
  preferredPorts: z.array(name),
});

export const publishedDrawSchema = z.object({
  format: z.literal(lotteryFormat),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD"),
  parameters: z.object({
    longestWaitingSharePercent: z.number().int().min(0).max(100),
    waitingThresholdDays: count,
  }),
  capacities: z.array(z.object({ port: name, places: count })),
  operator: name,
  commitments: z.array(z.object({ party: name, commitment: hex32 })),
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
});
