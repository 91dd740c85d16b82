import { readFile } from "node:fs/promises";
import type { Services } from "../services.ts";
import {
  type MirroredCheckpoint,
  parseCheckpointFile,
  verifyChainAgainst,
} from "./checkpointCheck.ts";
import { allCheckpoints } from "./checkpoints.ts";
import { sequenceAll } from "./sequencer.ts";

/**
 * `haven audit verify`: chains what is pending, recomputes the chain, and compares it with the
 * checkpoints of a mirror (`checkpointsFile`) or, without one, with those in the database. The
 * lines to print, and whether everything held.
 */
export async function auditVerify(
  services: Services,
  checkpointsFile?: string,
): Promise<{ ok: boolean; lines: string[] }> {
  const { db, signer } = services;
  await sequenceAll(db);
  const source = checkpointsFile ?? "the database";
  const checkpoints: MirroredCheckpoint[] = checkpointsFile
    ? parseCheckpointFile(await readFile(checkpointsFile, "utf8"))
    : await allCheckpoints(db);
  const result = await verifyChainAgainst(db, checkpoints, signer);
  const lines: string[] = [];
  const { chain } = result;
  if (chain.ok) {
    lines.push(`Audit chain intact: ${chain.checked} entries, head ${chain.headHash}`);
  } else {
    lines.push(`Audit chain BROKEN: ${chain.breaks.length} problem(s) in ${chain.checked} entries`);
    for (const entry of chain.breaks) {
      lines.push(`  row id ${entry.id} (seq ${entry.seq}): ${entry.problem}`);
    }
  }
  const report = result.checkpoints;
  const [first] = report.disagreements;
  if (report.checked === 0) {
    lines.push(`Checkpoints: none in ${source} to compare with`);
  } else if (!first) {
    lines.push(
      `Checkpoints agree: ${report.checked} from ${source}, signed by key ${signer.keyId}, the latest at seq ${report.latest}`,
    );
  } else {
    lines.push(
      `Checkpoints DISAGREE: ${report.disagreements.length} of ${report.checked} from ${source}; the first is seq ${first.sequence} (at ${first.at}): ${first.problem}`,
    );
    for (const other of report.disagreements.slice(1, 11)) {
      lines.push(`  seq ${other.sequence} (at ${other.at}): ${other.problem}`);
    }
    const more = report.disagreements.length - 11;
    if (more > 0) lines.push(`  and ${more} more`);
  }
  return { ok: chain.ok && !first, lines };
}
