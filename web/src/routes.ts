/**
 * Every page of the web app, once: its path (a `:name` is a parameter, which the page gets as a
 * prop), the page, and who may see it (`account`: any signed-in account, or only those roles; the
 * page then gets the `account` as a prop, and the others are sent to sign in or told "not
 * allowed" before its code is even downloaded). A new page is one entry here and its folder.
 *
 * Only the home page, which the first paint needs, is in the main bundle: every other page is
 * downloaded when first opened. The applicants' pages are meant for phones on slow connections,
 * and nobody should pay for the code of pages they never open.
 */
import { HomePage } from "./home/HomePage.tsx";
import { lazyPage, type Match, matchTable, page } from "./routing/table.ts";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export const routes = {
  home: page("/", HomePage),
  cases: page(
    "/cases",
    lazyPage(() => import("./cases/list/AllCasesPage.tsx").then((m) => m.AllCasesPage)),
    { account: "any" },
  ),
  search: page(
    "/search",
    lazyPage(() => import("./workspace/SearchPage.tsx").then((m) => m.SearchPage)),
    { account: "any" },
  ),
  case: page(
    "/cases/:id",
    lazyPage(() => import("./cases/timeline/CaseTimelinePage.tsx").then((m) => m.CaseTimelinePage)),
    { account: "any" },
  ),

  signIn: page(
    "/sign-in",
    lazyPage(() => import("./accounts/signIn/SignInPage.tsx").then((m) => m.SignInPage)),
  ),
  register: page(
    "/register",
    lazyPage(() => import("./accounts/register/RegisterPage.tsx").then((m) => m.RegisterPage)),
  ),
  invitation: page(
    "/invitation/:token",
    lazyPage(() =>
      import("./accounts/invitation/InvitationPage.tsx").then((m) => m.InvitationPage),
    ),
  ),
  secondFactor: page(
    "/account/second-factor",
    lazyPage(() =>
      import("./accounts/secondFactor/SecondFactorPage.tsx").then((m) => m.SecondFactorPage),
    ),
  ),
  passwordReset: page(
    "/password-reset",
    lazyPage(() =>
      import("./accounts/passwordReset/PasswordResetRequestPage.tsx").then(
        (m) => m.PasswordResetRequestPage,
      ),
    ),
  ),
  passwordResetComplete: page(
    "/password-reset/:token",
    lazyPage(() =>
      import("./accounts/passwordReset/PasswordResetCompletePage.tsx").then(
        (m) => m.PasswordResetCompletePage,
      ),
    ),
  ),
  adminInvitations: page(
    "/admin/invitations",
    lazyPage(() => import("./accounts/admin/InvitationsPage.tsx").then((m) => m.InvitationsPage)),
    { account: ["administrator"] },
  ),

  appointments: page(
    "/appointments",
    lazyPage(() =>
      import("./appointments/myAppointments/AppointmentsPage.tsx").then((m) => m.AppointmentsPage),
    ),
    { account: ["applicant"] },
  ),
  appointmentRegistration: page(
    "/appointments/register",
    lazyPage(() =>
      import("./appointments/registration/AppointmentRegistrationPage.tsx").then(
        (m) => m.AppointmentRegistrationPage,
      ),
    ),
    { account: ["applicant"] },
  ),
  lottery: page(
    "/lottery/:date",
    lazyPage(() => import("./appointments/lottery/LotteryPage.tsx").then((m) => m.LotteryPage)),
    { where: { date: ISO_DAY } },
  ),
  locator: page(
    "/locator",
    lazyPage(() => import("./locator/LocatorPage.tsx").then((m) => m.LocatorPage)),
  ),
  portCheckIn: page(
    "/port/check-in",
    lazyPage(() =>
      import("./appointments/portCheckIn/PortCheckInPage.tsx").then((m) => m.PortCheckInPage),
    ),
    { account: ["cbp_officer"] },
  ),
  referrals: page(
    "/referrals",
    lazyPage(() =>
      import("./appointments/referrals/ReferralsPage.tsx").then((m) => m.ReferralsPage),
    ),
    { account: ["ngo_screener", "cbp_officer"] },
  ),
  heldRegistrations: page(
    "/registrations/held",
    lazyPage(() =>
      import("./appointments/heldRegistrations/HeldRegistrationsPage.tsx").then(
        (m) => m.HeldRegistrationsPage,
      ),
    ),
    { account: ["cbp_officer"] },
  ),
  docket: page(
    "/docket",
    lazyPage(() => import("./court/docket/DocketPage.tsx").then((m) => m.DocketPage)),
    { account: ["court_clerk", "immigration_judge", "ice_officer"] },
  ),
  removalFlights: page(
    "/removal-flights",
    lazyPage(() =>
      import("./removal/flights/RemovalFlightsPage.tsx").then((m) => m.RemovalFlightsPage),
    ),
    { account: ["ice_officer"] },
  ),
  removalFlight: page(
    "/removal-flights/:id",
    lazyPage(() =>
      import("./removal/flight/RemovalFlightPage.tsx").then((m) => m.RemovalFlightPage),
    ),
    { account: ["ice_officer"] },
  ),
};

export type PageName = keyof typeof routes;

/** The page an address shows, with its parameters; `notFound` when no entry matches. */
export function matchPage(pathname: string): Match<PageName | "notFound"> {
  return matchTable(routes, pathname) ?? { page: "notFound", params: {} };
}
