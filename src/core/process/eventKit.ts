import type { CaseEvent } from "../caseLog.ts";
import type { CaseState } from "./state.ts";

/** How one event type changes a case's facts (the region values are the table's business). */
export type FactEvolver<Data> = (state: CaseState, data: Data, event: CaseEvent) => CaseState;

export type FactEvolvers<DataMap> = { [Type in keyof DataMap]: FactEvolver<DataMap[Type]> };
