import { z } from "zod";

/**
 * A round number as the database keeps it (integer, up to 2^31 − 1). The encoding has room for
 * 2^32 − 1 (docs/lottery.md, "Encodings"), but a number the column cannot hold is refused here,
 * naming the field, and never reaches PostgreSQL.
 */
export const round = z.number().int().min(1).max(2_147_483_647);
