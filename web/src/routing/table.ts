/**
 * The pieces of the route table (routes.ts): a page's entry, typed by its path, and the matching
 * of an address against the table, with wouter's matcher and regexparam's patterns.
 */
import { type ComponentType, lazy } from "react";
import { parse } from "regexparam";
import { matchRoute as matchPattern, type Parser } from "wouter";
import type { Account } from "../accounts/authApi.ts";
import type { Role } from "../accounts/roles.ts";

/** The parameters a path pattern names: `/cases/:id` → `{ id: string }`. */
export type ParamsOf<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? { [K in Name]: string } & ParamsOf<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? { [K in Name]: string }
    : Record<never, string>;

/** Who may see a page: any signed-in account, or one of these roles. */
export type Access = "any" | readonly Role[];

export interface PageEntry {
  path: string;
  /** What a parameter must look like for the path to be this page's (else: not found). */
  where?: Readonly<Record<string, RegExp>>;
  /** Absent for a page anyone may see; else the page gets the signed-in `account` as a prop. */
  account?: Access;
  Page: ComponentType<Record<string, unknown>>;
}

interface Where<P extends string> {
  where?: { readonly [K in keyof ParamsOf<P>]?: RegExp };
}

/** A page anyone may see; it gets the path's parameters as props. */
export function page<const P extends string>(
  path: P,
  Page: ComponentType<ParamsOf<P>>,
  options?: Where<P>,
): PageEntry;
/** A page only a signed-in account (of the roles given) sees; it gets the account as a prop. */
export function page<const P extends string>(
  path: P,
  Page: ComponentType<ParamsOf<P> & { account: Account }>,
  options: Where<P> & { account: Access },
): PageEntry;
export function page(
  path: string,
  Page: unknown,
  options: { where?: Readonly<Record<string, RegExp>>; account?: Access } = {},
): PageEntry {
  return { path, ...options, Page: Page as ComponentType<Record<string, unknown>> };
}

/** A page whose code is downloaded when it is first shown (its own chunk in the build). */
export function lazyPage<Props>(load: () => Promise<ComponentType<Props>>) {
  return lazy(async () => ({ default: await load() }));
}

/** regexparam's patterns, case-sensitive (`/Sign-In` is not `/sign-in`); one trailing slash is fine. */
const parser: Parser = (route, loose) => {
  const { pattern, keys } = parse(route, loose);
  return { pattern: new RegExp(pattern.source), keys };
};

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export interface Match<Name extends string> {
  page: Name;
  params: Record<string, string>;
}

/** The first page of `table` whose path matches `pathname`, with its parameters; else null. */
export function matchTable<Name extends string>(
  table: Readonly<Record<Name, PageEntry>>,
  pathname: string,
): Match<Name> | null {
  for (const name of Object.keys(table) as Name[]) {
    const { path, where = {} } = table[name];
    const [matches, found] = matchPattern(parser, path, pathname);
    if (!matches) continue;
    const params: Record<string, string> = {};
    for (const [key, value] of Object.entries(found)) {
      if (typeof value === "string" && Number.isNaN(Number(key))) params[key] = decode(value);
    }
    if (Object.entries(where).every(([key, shape]) => shape.test(params[key] ?? ""))) {
      return { page: name, params };
    }
  }
  return null;
}
