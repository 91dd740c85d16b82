import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { Account } from "../accounts/authApi.ts";
import { isRole, WORKLIST_ROLES } from "../accounts/roles.ts";
import { useOptionalSession } from "../accounts/session/SessionContext.tsx";
import { Link, usePathname } from "../routing/navigation.ts";

type NavKey =
  | "appointments"
  | "checkIn"
  | "referrals"
  | "heldRegistrations"
  | "removalFlights"
  | "docket";

const LINKS: Record<NavKey, string> = {
  appointments: "/appointments",
  checkIn: "/port/check-in",
  referrals: "/referrals",
  heldRegistrations: "/registrations/held",
  removalFlights: "/removal-flights",
  docket: "/docket",
};

/** The pages beyond the home page that an account's role works in. */
export function navLinks(account: Account | null): NavKey[] {
  if (!account || (account.mfa !== "done" && account.mfa !== "not-required")) return [];
  switch (account.role) {
    case "applicant":
      return ["appointments"];
    case "cbp_officer":
      return ["checkIn", "referrals", "heldRegistrations"];
    case "ngo_screener":
      return ["referrals"];
    case "ice_officer":
      return ["removalFlights", "docket"];
    case "court_clerk":
    case "immigration_judge":
      return ["docket"];
    default:
      return [];
  }
}

/** The home page's name in the nav: an officer's worklist, an applicant's cases, or the cases. */
function homeLabel(t: TFunction, role: string): string {
  if (role === "applicant") return t("myCases.title");
  if (isRole(role) && WORKLIST_ROLES.includes(role)) return t("workspace.title");
  return t("cases.title");
}

/** The header's links to the role's pages, the current one marked; none for other roles. */
export function SiteNav() {
  const { t } = useTranslation();
  const session = useOptionalSession();
  const pathname = usePathname();
  const keys = navLinks(session?.account ?? null);
  if (keys.length === 0) return null;
  const current = (href: string) => pathname === href || pathname.startsWith(`${href}/`);
  return (
    <nav className="haven-nav" aria-label={t("nav.label")}>
      <ul className="grid-container haven-nav__list">
        <li>
          <Link
            className="haven-nav__link"
            href="/"
            aria-current={pathname === "/" ? "page" : undefined}
          >
            {homeLabel(t, session?.account?.role ?? "")}
          </Link>
        </li>
        {keys.map((key) => (
          <li key={key}>
            <Link
              className="haven-nav__link"
              href={LINKS[key]}
              aria-current={current(LINKS[key]) ? "page" : undefined}
            >
              {t(`nav.${key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
