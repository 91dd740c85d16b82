import { type RefObject, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { SiteFooter } from "./components/SiteFooter.tsx";
import { SiteHeader } from "./components/SiteHeader.tsx";
import { CaseListPage } from "./pages/cases/CaseListPage.tsx";
import { NotFoundPage } from "./pages/notFound/NotFoundPage.tsx";
import { CaseTimelinePage } from "./pages/timeline/CaseTimelinePage.tsx";
import { matchRoute, type Route, usePathname } from "./router.tsx";

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case "cases":
      return <CaseListPage />;
    case "case":
      return <CaseTimelinePage key={route.id} id={route.id} />;
    case "notFound":
      return <NotFoundPage />;
  }
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
    <>
      <a className="usa-skipnav" href="#main-content">
        {t("app.skipToContent")}
      </a>
      <SiteHeader />
      <main id="main-content" ref={main} tabIndex={-1} className="haven-main">
        <div className="grid-container">
          <Page route={matchRoute(pathname)} />
        </div>
      </main>
      <SiteFooter />
    </>
  );
}
