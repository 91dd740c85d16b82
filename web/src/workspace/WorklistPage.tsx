import { useState } from "react";
import { useTranslation } from "react-i18next";
import { needsSignIn, SignInAgain } from "../accounts/session/SignInAgain.tsx";
import { LoadError, Loading } from "../components/LoadState.tsx";
import { roleLabel } from "../i18n/labels.ts";
import { useDocumentTitle } from "../platform/useDocumentTitle.ts";
import { useLoad } from "../platform/useLoad.ts";
import { Link } from "../routing/navigation.ts";
import { SearchForm } from "./SearchForm.tsx";
import { WorkItemRow } from "./WorkItemRow.tsx";
import { getWorklist, type Scope, type WorkItemView } from "./workspaceApi.ts";

/** A staff member's home: what they must do next, due first first, at their post or everywhere. */
export function WorklistPage({ role }: { role: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t("workspace.title"));
  const [scope, setScope] = useState<Scope>("post");
  const [more, setMore] = useState<{ items: WorkItemView[]; next: string | null } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [load, retry] = useLoad(`worklist:${scope}`, (signal) => {
    setMore(null);
    return getWorklist(scope, null, signal);
  });
  const showMore = async (after: string) => {
    setLoadingMore(true);
    try {
      const page = await getWorklist(scope, after);
      setMore((previous) => ({
        items: [...(previous?.items ?? []), ...page.items],
        next: page.next,
      }));
    } finally {
      setLoadingMore(false);
    }
  };
  return (
    <>
      <h1>{t("workspace.title")}</h1>
      <p className="usa-intro">{t("workspace.intro", { role: roleLabel(t, role) })}</p>
      <SearchForm />
      {load.status === "loading" && <Loading />}
      {load.status === "failed" &&
        (needsSignIn(load.error) ? <SignInAgain /> : <LoadError onRetry={retry} />)}
      {load.status === "loaded" && (
        <section aria-labelledby="worklist-heading">
          <h2 id="worklist-heading">
            {load.data.post
              ? t("workspace.atPost", { post: load.data.post.name })
              : t("workspace.everywhere")}
          </h2>
          <fieldset className="usa-fieldset haven-scope">
            <legend className="usa-sr-only">{t("workspace.scope")}</legend>
            <div className="usa-button-group">
              {(["post", "all"] as const).map((option) => (
                <button
                  key={option}
                  type="button"
                  className={`usa-button${scope === option ? "" : " usa-button--outline"}`}
                  aria-pressed={scope === option}
                  onClick={() => setScope(option)}
                >
                  {t(option === "post" ? "workspace.scopePost" : "workspace.scopeAll")}
                </button>
              ))}
            </div>
          </fieldset>
          {load.data.items.length === 0 ? (
            <p data-testid="worklist-empty">{t("workspace.empty")}</p>
          ) : (
            <table className="usa-table usa-table--stacked usa-table--borderless haven-worklist">
              <caption className="usa-sr-only">{t("workspace.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("workspace.column.due")}</th>
                  <th scope="col">{t("workspace.column.what")}</th>
                  <th scope="col">{t("workspace.column.case")}</th>
                  <th scope="col">{t("workspace.column.where")}</th>
                </tr>
              </thead>
              <tbody>
                {[...load.data.items, ...(more?.items ?? [])].map((item) => (
                  <WorkItemRow key={`${item.case.id}/${item.item}`} item={item} />
                ))}
              </tbody>
            </table>
          )}
          {(more ? more.next : load.data.next) && (
            <button
              type="button"
              className="usa-button usa-button--outline"
              disabled={loadingMore}
              onClick={() => showMore((more ? more.next : load.data.next) as string)}
            >
              {t("workspace.more")}
            </button>
          )}
          <p>
            <Link className="usa-link" href="/cases">
              {t("workspace.allCases")}
            </Link>
          </p>
        </section>
      )}
    </>
  );
}
