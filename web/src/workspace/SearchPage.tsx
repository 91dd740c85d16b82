import { useState } from "react";
import { useTranslation } from "react-i18next";
import { needsSignIn, SignInAgain } from "../accounts/session/SignInAgain.tsx";
import { StateList } from "../cases/StateList.tsx";
import { LoadError, Loading } from "../components/LoadState.tsx";
import { countryName } from "../i18n/format.ts";
import { useDocumentTitle } from "../platform/useDocumentTitle.ts";
import { useLoad } from "../platform/useLoad.ts";
import { CaseLineCell } from "./CaseLineCell.tsx";
import { SearchForm } from "./SearchForm.tsx";
import { type CaseLine, searchCases } from "./workspaceApi.ts";

const PAGE = 20;

function queryOfLocation(): string {
  return new URLSearchParams(window.location.search).get("q")?.trim() ?? "";
}

/** `/search?q=`: the cases found by a name in either script, an A-number or a reference. */
export function SearchPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t("workspace.search.title"));
  const q = queryOfLocation();
  const [offset, setOffset] = useState(0);
  const [load, retry] = useLoad(`search:${q}:${offset}`, (signal) =>
    q.length >= 2 ? searchCases(q, offset, signal) : Promise.resolve(null),
  );
  return (
    <>
      <h1>{t("workspace.search.title")}</h1>
      <SearchForm key={q} initial={q} />
      {load.status === "loading" && <Loading />}
      {load.status === "failed" &&
        (needsSignIn(load.error) ? <SignInAgain /> : <LoadError onRetry={retry} />)}
      {load.status === "loaded" && load.data && (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">{t("workspace.search.results", { q })}</h2>
          {load.data.cases.length === 0 ? (
            <p data-testid="no-results">{t("workspace.search.none")}</p>
          ) : (
            <ul className="usa-collection haven-results">
              {load.data.cases.map((line: CaseLine) => (
                <li key={line.id} className="usa-collection__item">
                  <div className="usa-collection__body">
                    <p className="usa-collection__heading haven-case-line">
                      <CaseLineCell line={line} />
                    </p>
                    <p className="usa-collection__description">
                      {countryName(line.nationality, i18n.language)}
                    </p>
                    <StateList state={line.state} className="haven-state--compact" />
                  </div>
                </li>
              ))}
            </ul>
          )}
          <div className="usa-button-group">
            {offset > 0 && (
              <button
                type="button"
                className="usa-button usa-button--outline"
                onClick={() => setOffset(Math.max(0, offset - PAGE))}
              >
                {t("workspace.search.previous")}
              </button>
            )}
            {load.data.more && (
              <button
                type="button"
                className="usa-button usa-button--outline"
                onClick={() => setOffset(offset + PAGE)}
              >
                {t("workspace.search.next")}
              </button>
            )}
          </div>
        </section>
      )}
    </>
  );
}
