import { useTranslation } from "react-i18next";
import { isoDate } from "../../components/form/dateParts.ts";
import { countryName, formatDate, formatList, languageName } from "../../i18n/format.ts";
import type { PersonDraft } from "../person/personDraft.ts";

/** One person as typed, for the review step. */
export function PersonSummary({ title, person }: { title: string; person: PersonDraft }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const native = `${person.nativeGivenName} ${person.nativeFamilyName}`.trim();
  const birth = isoDate(person.birth);
  return (
    <div className="haven-review__person">
      <h4 className="haven-review__name">{title}</h4>
      <dl className="haven-summary">
        <div>
          <dt>{t("registration.name")}</dt>
          <dd>
            {person.givenName} {person.familyName}
            {native && (
              <>
                {" · "}
                <span lang={person.languages[0]}>{native}</span>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t("person.dateOfBirth")}</dt>
          <dd>{birth ? formatDate(birth, locale) : ""}</dd>
        </div>
        <div>
          <dt>{t("person.nationality")}</dt>
          <dd>{countryName(person.nationality, locale)}</dd>
        </div>
        <div>
          <dt>{t("person.languages")}</dt>
          <dd>
            {formatList(
              person.languages.map((code) => languageName(code, locale)),
              locale,
            )}
          </dd>
        </div>
      </dl>
    </div>
  );
}
