import { type RefObject, Suspense, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { type AroundNavHandler, Router } from "wouter";
import { SessionProvider, useSessionStatus } from "./accounts/session/SessionContext.tsx";
import { LoadError, Loading } from "./components/LoadState.tsx";
import { PageBoundary } from "./components/PageBoundary.tsx";
import { SiteFooter } from "./components/SiteFooter.tsx";
import { SiteHeader } from "./components/SiteHeader.tsx";
import { matchPage, routes } from "./routes.ts";
import { NotFoundPage } from "./routing/NotFoundPage.tsx";
import { usePathname } from "./routing/navigation.ts";
import { RoutedPage } from "./routing/RoutedPage.tsx";

/** The page an address shows: an entry of the route table, or "not found". */
function Page({ pathname }: { pathname: string }) {
  const { page, params } = matchPage(pathname);
  if (page === "notFound") return <NotFoundPage />;
  return <RoutedPage entry={routes[page]} params={params} />;
}

/** The page, once the session is known: who is signed in decides what most pages show. */
function Content({ pathname }: { pathname: string }) {
  const { status, retry } = useSessionStatus();
  if (status === "loading") return <Loading />;
  if (status === "failed") return <LoadError onRetry={retry} />;
  return (
    <PageBoundary key={pathname}>
      <Suspense fallback={<Loading />}>
        <Page pathname={pathname} />
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

/** A link followed in the app starts the new page at the top, as `navigate` does. */
const toTop: AroundNavHandler = (navigate, to, options) => {
  navigate(to, options);
  window.scrollTo(0, 0);
};

function Shell() {
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

export function App() {
  return (
    <Router aroundNav={toTop}>
      <Shell />
    </Router>
  );
}
