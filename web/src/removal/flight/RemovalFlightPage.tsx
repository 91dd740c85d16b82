import { useTranslation } from "react-i18next";
import { needsSignIn, SignInAgain } from "../../accounts/session/SignInAgain.tsx";
import { LoadError, Loading } from "../../components/LoadState.tsx";
import { ApiError } from "../../platform/http.ts";
import { useDocumentTitle } from "../../platform/useDocumentTitle.ts";
import { useLoad } from "../../platform/useLoad.ts";
import { Link } from "../../routing/navigation.ts";
import { getFlight } from "../removalFlightsApi.ts";
import { FlightView } from "./FlightView.tsx";

/** `/removal-flights/:id`: one flight and its manifest, where ICE records each boarding. */
export function RemovalFlightPage({ id }: { id: string }) {
  const [load, retry, replace] = useLoad(id, (signal) => getFlight(id, signal));
  if (load.status === "loading") return <Loading />;
  if (load.status === "loaded") {
    return <FlightView view={load.data} reload={() => getFlight(id).then(replace)} />;
  }
  if (needsSignIn(load.error)) return <SignInAgain />;
  if (load.error instanceof ApiError && load.error.isNotFound) return <FlightNotFound />;
  return <LoadError onRetry={retry} />;
}

function FlightNotFound() {
  const { t } = useTranslation();
  useDocumentTitle(t("removalFlights.flight.notFoundTitle"));
  return (
    <div className="haven-removal-flight">
      <h1>{t("removalFlights.flight.notFoundTitle")}</h1>
      <p>{t("removalFlights.flight.notFoundBody")}</p>
      <p>
        <Link className="usa-link" href="/removal-flights">
          {t("removalFlights.flight.back")}
        </Link>
      </p>
    </div>
  );
}
