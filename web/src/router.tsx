import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from "react";

const NAVIGATED = "haven:navigated";

export type Route =
  | { page: "home" }
  | { page: "case"; id: string }
  | { page: "signIn" }
  | { page: "register" }
  | { page: "invitation"; token: string }
  | { page: "secondFactor" }
  | { page: "passwordReset" }
  | { page: "passwordResetComplete"; token: string }
  | { page: "adminInvitations" }
  | { page: "appointments" }
  | { page: "appointmentRegistration" }
  | { page: "lottery"; date: string }
  | { page: "portCheckIn" }
  | { page: "referrals" }
  | { page: "heldRegistrations" }
  | { page: "notFound" };

const FIXED: Record<string, Route> = {
  "/": { page: "home" },
  "/sign-in": { page: "signIn" },
  "/register": { page: "register" },
  "/account/second-factor": { page: "secondFactor" },
  "/password-reset": { page: "passwordReset" },
  "/admin/invitations": { page: "adminInvitations" },
  "/appointments": { page: "appointments" },
  "/appointments/register": { page: "appointmentRegistration" },
  "/port/check-in": { page: "portCheckIn" },
  "/referrals": { page: "referrals" },
  "/registrations/held": { page: "heldRegistrations" },
};

const WITH_PARAM: [RegExp, (param: string) => Route][] = [
  [/^\/cases\/([^/]+)$/, (id) => ({ page: "case", id })],
  [/^\/invitation\/([^/]+)$/, (token) => ({ page: "invitation", token })],
  [/^\/password-reset\/([^/]+)$/, (token) => ({ page: "passwordResetComplete", token })],
  [/^\/lottery\/(\d{4}-\d{2}-\d{2})$/, (date) => ({ page: "lottery", date })],
];

export function matchRoute(pathname: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/$/, "") : "/";
  const fixed = FIXED[path];
  if (fixed) return fixed;
  for (const [pattern, route] of WITH_PARAM) {
    const match = pattern.exec(path);
    if (match?.[1]) return route(decodeURIComponent(match[1]));
  }
  return { page: "notFound" };
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(NAVIGATED, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(NAVIGATED, onChange);
  };
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

/** Goes to `href` in the app; `replace` leaves no history entry (for redirects). */
export function navigate(href: string, { replace = false } = {}): void {
  if (replace) window.history.replaceState(null, "", href);
  else window.history.pushState(null, "", href);
  window.scrollTo(0, 0);
  window.dispatchEvent(new Event(NAVIGATED));
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

function isPlainClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return (
    event.button === 0 &&
    !event.defaultPrevented &&
    !event.metaKey &&
    !event.altKey &&
    !event.ctrlKey &&
    !event.shiftKey
  );
}

export type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/** An in-app link: a real `<a href>` that changes page without reloading. */
export function Link({ href, onClick, ...rest }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!isPlainClick(event) || rest.target) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handleClick} {...rest} />;
}
