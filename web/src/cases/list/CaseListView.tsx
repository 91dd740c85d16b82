import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../../platform/useDocumentTitle.ts";
import type { CaseSummary } from "../casesApi.ts";
import { CaseCollection } from "./CaseCollection.tsx";

export function CaseListView({ cases }: { cases: readonly CaseSummary[] }) {
  const { t } = useTranslation();
  useDocumentTitle(t("cases.title"));
  return (
    <>
      <h1>{t("cases.title")}</h1>
      <p className="usa-intro">{t("cases.intro")}</p>
      <CaseCollection cases={cases} empty={t("cases.empty")} />
    </>
  );
}
