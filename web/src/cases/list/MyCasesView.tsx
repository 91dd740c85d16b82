import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../../platform/useDocumentTitle.ts";
import type { CaseSummary } from "../casesApi.ts";
import { CaseCollection } from "./CaseCollection.tsx";

/** An applicant's home: their own case, and those of family members they registered. */
export function MyCasesView({ cases }: { cases: readonly CaseSummary[] }) {
  const { t } = useTranslation();
  useDocumentTitle(t("myCases.title"));
  return (
    <>
      <h1>{t("myCases.title")}</h1>
      <p className="usa-intro">{t("myCases.intro")}</p>
      <CaseCollection cases={cases} empty={t("myCases.empty")} />
    </>
  );
}
