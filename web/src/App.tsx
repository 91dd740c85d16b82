import { type RefObject, Suspense, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { RequireAccount } from "./auth/RequireAccount.tsx";
import { SessionProvider, useSessionStatus } from "./auth/SessionContext.tsx";
import { LoadError, Loading } from "./components/LoadState.tsx";
import { PageBoundary } from "./components/PageBoundary.tsx";
import { SiteFooter } from "./components/SiteFooter.tsx";
import { SiteHeader } from "./components/SiteHeader.tsx";
import {
  AppointmentRegistrationPage,
  AppointmentsPage,
  HeldRegistrationsPage,
  LotteryPage,
  PortCheckInPage,
  ReferralsPage,
} from "./lazyPages.ts";
import { InvitationsPage } from "./pages/admin/InvitationsPage.tsx";
import { HomePage } from "./pages/home/HomePage.tsx";
import { InvitationPage } from "./pages/invitation/InvitationPage.tsx";
import { NotFoundPage } from "./pages/notFound/NotFoundPage.tsx";
import { PasswordResetCompletePage } from "./pages/passwordReset/PasswordResetCompletePage.tsx";
import { PasswordResetRequestPage } from "./pages/passwordReset/PasswordResetRequestPage.tsx";
import { RegisterPage } from "./pages/register/RegisterPage.tsx";
import { SecondFactorPage } from "./pages/secondFactor/SecondFactorPage.tsx";
import { SignInPage } from "./pages/signIn/SignInPage.tsx";
import { CaseTimelinePage } from "./pages/timeline/CaseTimelinePage.tsx";
import { matchRoute, type Route, usePathname } from "./router.tsx";

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case "home":
      return <HomePage />;
    case "case":
      return (
        <RequireAccount>{() => <CaseTimelinePage key={route.id} id={route.id} />}</RequireAccount>
      );
    case "signIn":
      return <SignInPage />;
    case "register":
      return <RegisterPage />;
    case "invitation":
      return <InvitationPage key={route.token} token={route.token} />;
    case "secondFactor":
      return <SecondFactorPage />;
    case "passwordReset":
      return <PasswordResetRequestPage />;
    case "passwordResetComplete":
      return <PasswordResetCompletePage key={route.token} token={route.token} />;
    case "adminInvitations":
      return <InvitationsPage />;
    case "appointments":
      return <AppointmentsPage />;
    case "appointmentRegistration":
      return <AppointmentRegistrationPage />;
    case "lottery":
      return <LotteryPage key={route.date} date={route.date} />;
    case "portCheckIn":
      return <PortCheckInPage />;
    case "referrals":
      return <ReferralsPage />;
    case "heldRegistrations":
      return <HeldRegistrationsPage />;
    case "notFound":
      return <NotFoundPage />;
  }
}

/** The page, once the session is known: who is signed in decides what most pages show. */
function Content({ pathname }: { pathname: string }) {
  const { status, retry } = useSessionStatus();
  if (status === "loading") return <Loading />;
  if (status === "failed") return <LoadError onRetry={retry} />;
  return (
    <PageBoundary key={pathname}>
      <Suspense fallback={<Loading />}>
        <Page route={matchRoute(pathname)} />
      </Suspense>
    </PageBoundary>
  );
}

/** After an in-app navigation, focus moves to the new page's content, as after a page load. */
function useFocusOnNavigation(pathname: string, main: RefObject<HTMLElement | null>) {
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    main.current?.focus({ preventScroll: true });
  });
}

export function App() {
  const { t } = useTranslation();
  const pathname = usePathname();
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigation(pathname, main);
  return (
    <SessionProvider>
      <a className="usa-skipnav" href="#main-content">
        {t("app.skipToContent")}
      </a>
      <SiteHeader />
      <main id="main-content" ref={main} tabIndex={-1} className="haven-main">
        <div className="grid-container">
          <Content pathname={pathname} />
        </div>
      </main>
      <SiteFooter />
    </SessionProvider>
  );
}
