import type { TFunction } from "i18next";
import { type Catalogue, en } from "./english.ts";

type RoleKey = `role.${keyof Catalogue["role"] & string}`;
type PostKindKey = `postKind.${keyof Catalogue["postKind"] & string}`;

function hasKey(table: object, key: string): boolean {
  return Object.hasOwn(table, key);
}

/** A role's name ("Asylum officer"); a role this version does not know shows as it is. */
export function roleLabel(t: TFunction, role: string): string {
  return hasKey(en.role, role) ? t(`role.${role}` as RoleKey) : role;
}

/** "Port of entry", "Detention facility", "Immigration court". */
export function postKindLabel(t: TFunction, kind: string): string {
  return hasKey(en.postKind, kind) ? t(`postKind.${kind}` as PostKindKey) : kind;
}
