/**
 * Moving between pages without reloading, with wouter: its location hook, its `Link` (a real
 * `<a href>`), and `navigate` for code. After each move the page starts at the top (the App's
 * `<Router aroundNav>` does the same for links).
 */
import { Link, useLocation } from "wouter";
import { navigate as goTo } from "wouter/use-browser-location";

export { Link };

export interface NavigateOptions {
  /** Leave no history entry (for redirects). */
  replace?: boolean;
}

/** Goes to `href` in the app, at the top of the new page. */
export function navigate(href: string, { replace = false }: NavigateOptions = {}): void {
  goTo(href, { replace });
  window.scrollTo(0, 0);
}

/** The current path (without the query), re-rendering when it changes. */
export function usePathname(): string {
  return useLocation()[0];
}

export function casePath(id: string): string {
  return `/cases/${encodeURIComponent(id)}`;
}

/** Where the reader is now, path and query, for `?next=` after signing in. */
export function currentLocation(): string {
  return `${window.location.pathname}${window.location.search}`;
}

/** The sign-in page, returning to `next` afterwards. */
export function signInPath(next?: string): string {
  return next && next !== "/" ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in";
}

/** `?next=` when it is a path on this site (never another origin), else the home page. */
export function nextLocation(search = window.location.search): string {
  const next = new URLSearchParams(search).get("next");
  return next?.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}
