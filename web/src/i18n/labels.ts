import type { TFunction } from "i18next";
import type { CaseState } from "../api.ts";
import { type Catalogue, en } from "./english.ts";

export type Region = keyof CaseState;

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

type RoleKey = `role.${keyof Catalogue["role"] & string}`;
type PostKindKey = `postKind.${keyof Catalogue["postKind"] & string}`;

/** A role's name ("Asylum officer"); a role this version does not know shows as it is. */
export function roleLabel(t: TFunction, role: string): string {
  return hasKey(en.role, role) ? t(`role.${role}` as RoleKey) : role;
}

/** "Port of entry", "Detention facility", "Immigration court". */
export function postKindLabel(t: TFunction, kind: string): string {
  return hasKey(en.postKind, kind) ? t(`postKind.${kind}` as PostKindKey) : kind;
}
