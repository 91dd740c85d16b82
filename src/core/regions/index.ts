export { diagram, stateId, transitionLabel, transitionLines } from "./diagram.ts";
export { type TransitionTable, transitionTable } from "./table.ts";
export { type Condition, matches, type Region, rowsOf, type Transition } from "./types.ts";
