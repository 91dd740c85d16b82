import type { TFunction } from "i18next";
import { type Catalogue, en } from "../i18n/english.ts";

/** The regions of a case's state, each with its labels in `state.<region>`. */
export type Region = keyof Catalogue["state"] & string;

export const REGIONS: readonly Region[] = ["custody", "protection", "removal"];

type EventKey = `event.${keyof Catalogue["event"] & string}`;
type StateKey = {
  [R in Region]: `state.${R}.${keyof Catalogue["state"][R] & string}`;
}[Region];

function hasKey(table: object, key: string): boolean {
  return Object.hasOwn(table, key);
}

/** The label of an event type; a type this version does not know yet shows as it is. */
export function eventLabel(t: TFunction, type: string): string {
  return hasKey(en.event, type) ? t(`event.${type}` as EventKey) : type;
}

/** The label of a state value in one region; an unknown value shows as it is. */
export function stateLabel(t: TFunction, region: Region, value: string): string {
  return hasKey(en.state[region], value) ? t(`state.${region}.${value}` as StateKey) : value;
}
