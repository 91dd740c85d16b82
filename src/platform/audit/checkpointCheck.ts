import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../database/schema.ts";
import { verifySignature } from "../keys/signing.ts";
import { checkpointText } from "./checkpoints.ts";
import { type VerifyResult, verifyAuditChain } from "./verify.ts";

/** A checkpoint as GET /api/audit/checkpoints gives it (`signed` may be left out of a mirror). */
export const checkpointSchema = z.object({
  sequence: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  headHash: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.iso.datetime(),
  keyId: z.string().min(1),
  signature: z.string().min(1),
  signed: z.string().optional(),
});

export type MirroredCheckpoint = z.infer<typeof checkpointSchema>;

const page = z.object({ checkpoints: z.array(checkpointSchema) });
const fileSchema = z.union([z.array(checkpointSchema), page]);
const lineSchema = z.union([checkpointSchema, page]);

/**
 * A mirror's checkpoints: a JSON file (an array of checkpoints, or a page as the route answers),
 * or JSON lines, each a checkpoint or a page. Throws naming the line that is not one.
 */
export function parseCheckpointFile(text: string): MirroredCheckpoint[] {
  const whole = (() => {
    try {
      return fileSchema.safeParse(JSON.parse(text));
    } catch {
      return null;
    }
  })();
  if (whole?.success) return Array.isArray(whole.data) ? whole.data : whole.data.checkpoints;
  const found: MirroredCheckpoint[] = [];
  for (const [index, line] of text.split("\n").entries()) {
    if (line.trim() === "") continue;
    let parsed: ReturnType<typeof lineSchema.safeParse>;
    try {
      parsed = lineSchema.safeParse(JSON.parse(line));
    } catch {
      throw new Error(`line ${index + 1} is not JSON`);
    }
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(
        `line ${index + 1} is not a checkpoint: ${issue?.path.join(".") || "(the line)"}: ${issue?.message}`,
      );
    }
    found.push(...("checkpoints" in parsed.data ? parsed.data.checkpoints : [parsed.data]));
  }
  return found;
}

export interface CheckpointDisagreement {
  sequence: number;
  at: string;
  problem: string;
}

export interface CheckpointReport {
  checked: number;
  /** The highest sequence checked, if any. */
  latest: number | null;
  /** In order of sequence: the first is the first checkpoint that disagrees. */
  disagreements: CheckpointDisagreement[];
}

/**
 * Checks each checkpoint's signature against the published key (`keyId`, `publicKey`) and that the
 * chain, recomputed from the genesis, has the checkpoint's hash at its sequence.
 */
export function compareCheckpoints(
  checkpoints: readonly MirroredCheckpoint[],
  chain: Pick<VerifyResult, "recomputedAt" | "checked">,
  key: { keyId: string; publicKey: string },
): CheckpointReport {
  const sorted = [...checkpoints].sort((a, b) => a.sequence - b.sequence);
  const disagreements: CheckpointDisagreement[] = [];
  for (const checkpoint of sorted) {
    const text = checkpointText(checkpoint);
    const problem = (() => {
      if (checkpoint.signed !== undefined && checkpoint.signed !== text) {
        return "its signed text does not match its fields";
      }
      if (checkpoint.keyId !== key.keyId) {
        return `signed by key ${checkpoint.keyId}, not the published key ${key.keyId}`;
      }
      if (!verifySignature(key.publicKey, text, checkpoint.signature)) {
        return "its signature does not verify with the published key";
      }
      const hash = chain.recomputedAt.get(checkpoint.sequence);
      if (hash === undefined) {
        return `the chain has no entry ${checkpoint.sequence} (it holds ${chain.checked}): history truncated`;
      }
      if (hash !== checkpoint.headHash) {
        return `the chain has hash ${hash} at seq ${checkpoint.sequence}, the checkpoint ${checkpoint.headHash} (history rewritten)`;
      }
      return null;
    })();
    if (problem) disagreements.push({ sequence: checkpoint.sequence, at: checkpoint.at, problem });
  }
  return { checked: sorted.length, latest: sorted.at(-1)?.sequence ?? null, disagreements };
}

/** The chain verified, and the checkpoints compared with it, in one walk of the chain. */
export async function verifyChainAgainst(
  db: Kysely<Database>,
  checkpoints: readonly MirroredCheckpoint[],
  key: { keyId: string; publicKey: string },
): Promise<{ chain: VerifyResult; checkpoints: CheckpointReport }> {
  const chain = await verifyAuditChain(db, {
    hashesAt: new Set(checkpoints.map((c) => c.sequence)),
  });
  return { chain, checkpoints: compareCheckpoints(checkpoints, chain, key) };
}
