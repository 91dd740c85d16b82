import { useTranslation } from "react-i18next";
import { formatDate, formatList, formatTime } from "../../i18n/format.ts";
import { LANGUAGES } from "../../i18n/languages.ts";
import type { HeldRegistration } from "../registrationReviewApi.ts";
import { latinName, NativeScript, PersonComparison } from "./PersonComparison.tsx";
import { ReviewForm, type ReviewOutcome } from "./ReviewForm.tsx";

/** The applicant's language named in itself ("Русский"), whatever the page's language. */
function ownName(code: string): { code: string; name: string } {
  return { code, name: LANGUAGES.find((language) => language.code === code)?.name ?? code };
}

/** "Olga Smirnova and Artem Smirnov": the people of a registration, in its order. */
export function peopleNames(registration: HeldRegistration, locale: string): string {
  const people = [...registration.people].sort((a, b) => a.position - b.position);
  return formatList(people.map(latinName), locale);
}

/** One held registration: when it came, each person beside their possible matches, the decision. */
export function HeldRegistrationItem({
  registration,
  onReviewed,
}: {
  registration: HeldRegistration;
  onReviewed(registration: HeldRegistration, outcome: ReviewOutcome): void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const people = [...registration.people].sort((a, b) => a.position - b.position);
  const names = peopleNames(registration, locale);
  const single = people.length === 1 ? people[0] : undefined;
  const language = ownName(registration.language);
  const noMatches = people.every((person) => person.matches.length === 0);
  return (
    <li className="haven-held__item" data-testid="held-registration" data-id={registration.id}>
      <h2 className="haven-held__heading">
        <span className="haven-held__names">{names}</span>
        {single && <NativeScript person={single} className="haven-held__native" />}
      </h2>
      <dl className="haven-held__facts">
        <div>
          <dt>{t("held.registeredAt")}</dt>
          <dd>
            <time dateTime={registration.createdAt}>
              {t("held.dateAndTime", {
                date: formatDate(registration.createdAt, locale),
                time: formatTime(registration.createdAt, locale),
              })}
            </time>
          </dd>
        </div>
        <div>
          <dt>{t("held.applicantLanguage")}</dt>
          <dd lang={language.code}>{language.name}</dd>
        </div>
        {noMatches && registration.claims.length === 0 && (
          <div>
            <dt>{t("held.heldBecause")}</dt>
            <dd lang="en">{registration.reason}</dd>
          </div>
        )}
      </dl>
      {registration.claims.map((claim) => (
        <div
          key={claim.madeAt}
          className="usa-alert usa-alert--warning usa-alert--slim haven-held__claim"
          data-testid="held-claim"
        >
          <div className="usa-alert__body">
            <p className="usa-alert__heading">
              {t("held.claim", {
                date: formatDate(claim.madeAt, locale),
                time: formatTime(claim.madeAt, locale),
              })}
            </p>
            <p className="usa-alert__text" lang={language.code}>
              {claim.statement}
            </p>
          </div>
        </div>
      ))}
      {people.map((person) => (
        <PersonComparison key={person.position} person={person} heading={!single} />
      ))}
      <ReviewForm
        registration={registration}
        names={names}
        language={language}
        onReviewed={(outcome) => onReviewed(registration, outcome)}
      />
    </li>
  );
}
