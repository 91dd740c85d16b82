import { caseDeadlines } from "./deadlines.ts";
import { caseSummaries } from "./summary.ts";
import { worklistItems } from "./worklist.ts";

export { ensureProjections, rebuildProjections } from "./rebuild.ts";

/** The case read models every pathway has. */
export const caseProjections = [caseSummaries, caseDeadlines, worklistItems];
