import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { hasNativeName, NativeName } from "../../components/PersonName.tsx";
import { countryName, formatDate, formatNumber } from "../../i18n/format.ts";
import type { HeldPerson, PossibleMatch } from "../registrationReviewApi.ts";
import { COMPARED_FIELDS, type ComparedField, differs } from "./compare.ts";
import { matchLabel, registrationStatusLabel } from "./heldLabels.ts";

type Shown = HeldPerson | PossibleMatch;

/** "Olga Smirnova": the names in Latin letters, given names first, as the applicant typed them. */
export function latinName(person: { givenName: string; familyName: string }): string {
  return `${person.givenName} ${person.familyName}`;
}

/**
 * The native-script name, marked with its language (guessed from the script and nationality);
 * nothing when it is the Latin name again, unless `plain`, where it is compared as written.
 */
export function NativeScript({
  person,
  className,
  plain = false,
}: {
  person: Shown;
  className?: string;
  plain?: boolean;
}) {
  const summary = {
    displayName: latinName(person),
    nativeName: person.nativeName,
    nationality: person.nationality,
  };
  if (plain && !hasNativeName(summary)) return person.nativeName;
  return <NativeName className={className} person={summary} />;
}

/** A match's key among the person's: its registration and who in it. */
function matchKey(match: PossibleMatch): string {
  return [match.registrationId, match.givenName, match.familyName, match.dateOfBirth].join("|");
}

/** A value of the match that differs from the person's: marked, and said in words. */
function Marked({ differs, children }: { differs: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  if (!differs) return children;
  return (
    <>
      <mark className="haven-differs">{children}</mark>{" "}
      <span className="haven-differs__label">{t("held.differs")}</span>
    </>
  );
}

/**
 * One person of a held registration beside the people of other registrations the identity check
 * finds close: names in both scripts, date of birth, nationality and status, what differs marked.
 */
export function PersonComparison({
  person,
  heading,
}: {
  person: HeldPerson;
  /** The person's name as a heading, when the registration has several people. */
  heading: boolean;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { matches } = person;
  const name = latinName(person);
  const column = (index: number) =>
    matches.length > 1
      ? t("held.otherRegistrationNumbered", { number: formatNumber(index + 1, locale) })
      : t("held.otherRegistration");

  const values: Record<ComparedField, (shown: Shown) => ReactNode> = {
    givenName: (shown) => shown.givenName,
    familyName: (shown) => shown.familyName,
    nativeName: (shown) =>
      shown.nativeName ? (
        <NativeScript person={shown} plain />
      ) : (
        <>
          <span aria-hidden="true">—</span>
          <span className="usa-sr-only">{t("held.notGiven")}</span>
        </>
      ),
    dateOfBirth: (shown) => (
      <time dateTime={shown.dateOfBirth}>{formatDate(shown.dateOfBirth, locale)}</time>
    ),
    nationality: (shown) => countryName(shown.nationality, locale),
  };
  const labels: Record<ComparedField, string> = {
    givenName: t("person.givenName"),
    familyName: t("person.familyName"),
    nativeName: t("held.nativeName"),
    dateOfBirth: t("person.dateOfBirth"),
    nationality: t("person.nationality"),
  };
  // Without a name in another alphabet on either side, its row would only hold dashes.
  const native = [person, ...matches].some((shown) => shown.nativeName);
  const fields = COMPARED_FIELDS.filter((field) => field !== "nativeName" || native);

  return (
    <div className="haven-compare" data-testid="held-person">
      {heading && (
        <h3 className="haven-compare__heading">
          {name} <NativeScript person={person} className="haven-compare__native" />
        </h3>
      )}
      {matches.length === 0 ? (
        <>
          <dl className="haven-held__facts">
            {(["dateOfBirth", "nationality"] as const).map((field) => (
              <div key={field}>
                <dt>{labels[field]}</dt>
                <dd>{values[field](person)}</dd>
              </div>
            ))}
          </dl>
          <p data-testid="no-matches">{t("held.noMatches")}</p>
        </>
      ) : (
        <>
          <ul className="usa-list usa-list--unstyled haven-match-reasons">
            {matches.map((match, index) => (
              <li key={matchKey(match)} data-code={match.code}>
                <strong>{column(index)}:</strong> {matchLabel(t, match.code)}
              </li>
            ))}
          </ul>
          {person.moreMatches > 0 && (
            <p data-testid="more-matches">
              {t("held.moreMatches", { count: formatNumber(person.moreMatches, locale) })}
            </p>
          )}
          <table className="usa-table usa-table--borderless usa-table--stacked haven-compare__table">
            <caption className="usa-sr-only">{t("held.compareCaption", { name })}</caption>
            <thead>
              <tr>
                <th scope="col">
                  <span className="usa-sr-only">{t("held.detail")}</span>
                </th>
                <th scope="col">{t("held.thisRegistration")}</th>
                {matches.map((match, index) => (
                  <th scope="col" key={matchKey(match)}>
                    {column(index)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {fields.map((field) => (
                <tr key={field} data-field={field}>
                  <th scope="row">{labels[field]}</th>
                  <td data-label={t("held.thisRegistration")}>{values[field](person)}</td>
                  {matches.map((match, index) => (
                    <td
                      key={matchKey(match)}
                      data-label={column(index)}
                      data-differs={differs(field, person, match) || undefined}
                    >
                      <Marked differs={differs(field, person, match)}>
                        {values[field](match)}
                      </Marked>
                    </td>
                  ))}
                </tr>
              ))}
              <tr data-field="status">
                <th scope="row">{t("held.status")}</th>
                <td data-label={t("held.thisRegistration")}>
                  {registrationStatusLabel(t, "review")}
                </td>
                {matches.map((match, index) => (
                  <td
                    key={matchKey(match)}
                    data-label={column(index)}
                    data-status={match.registrationStatus}
                  >
                    {registrationStatusLabel(t, match.registrationStatus)}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
