import { useTranslation } from "react-i18next";
import { hasNativeName, NativeName } from "../../components/PersonName.tsx";
import { countryName, formatDate } from "../../i18n/format.ts";
import { casePath, Link } from "../../routing/navigation.ts";
import type { CaseSummary } from "../casesApi.ts";
import { StateList } from "../StateList.tsx";

/** The cases as a USWDS collection, or `empty` when there are none. */
export function CaseCollection({ cases, empty }: { cases: readonly CaseSummary[]; empty: string }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {cases.length === 0 ? (
        <p data-testid="no-cases">{empty}</p>
      ) : (
        <ul className="usa-collection haven-cases">
          {cases.map((item) => (
            <li key={item.id} className="usa-collection__item">
              <div className="usa-collection__body">
                <h2 className="usa-collection__heading">
                  <Link className="usa-link" href={casePath(item.id)}>
                    {item.person.displayName}
                  </Link>
                </h2>
                {hasNativeName(item.person) && (
                  <p className="usa-collection__description haven-native-name">
                    <NativeName person={item.person} />
                  </p>
                )}
                <StateList state={item.state} className="haven-state--compact" />
                <ul className="usa-collection__meta">
                  <li className="usa-collection__meta-item">
                    {t("cases.nationality")}: {countryName(item.person.nationality, i18n.language)}
                  </li>
                  <li className="usa-collection__meta-item">
                    {t("cases.reference")}: {item.reference}
                  </li>
                  <li className="usa-collection__meta-item">
                    {t("cases.lastStep")}:{" "}
                    <time dateTime={item.lastEventAt}>
                      {formatDate(item.lastEventAt, i18n.language)}
                    </time>
                  </li>
                </ul>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
