import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { type Catalogue, en } from "../../i18n/english.ts";
import { formatDate } from "../../i18n/format.ts";
import type { CaseView } from "../casesApi.ts";

type Deadline = CaseView["deadlines"][number];

type RuleKey = `deadlines.rule.${keyof Catalogue["deadlines"]["rule"] & string}`;

/** A rule's title in words (dots in rule ids would nest the catalogue); an unknown rule as it is. */
export function deadlineTitle(t: TFunction, ruleId: string): string {
  const key = ruleId.replaceAll(".", "_");
  return Object.hasOwn(en.deadlines.rule, key) ? t(`deadlines.rule.${key}` as RuleKey) : ruleId;
}

type AfterMissedKey =
  `deadlines.afterMissed.${keyof Catalogue["deadlines"]["afterMissed"] & string}`;

/** The Department of Justice's list of free legal service providers, by state (8 CFR 1003.61). */
export const FREE_LEGAL_SERVICES =
  "https://www.justice.gov/eoir/list-pro-bono-legal-service-providers";

/** What a person can still do once a deadline has passed, in plain words, and where to ask. */
function AfterMissed({ t, ruleId }: { t: TFunction; ruleId: string }) {
  const key = ruleId.replaceAll(".", "_");
  const specific = Object.hasOwn(en.deadlines.afterMissed, key)
    ? t(`deadlines.afterMissed.${key}` as AfterMissedKey)
    : null;
  return (
    <p className="margin-top-05 margin-bottom-0 measure-5">
      {t("deadlines.missedHelp")}
      {specific ? ` ${specific}` : ""}{" "}
      <a className="usa-link usa-link--external" href={FREE_LEGAL_SERVICES} rel="noreferrer">
        {t("deadlines.askLawyer")}
      </a>
    </p>
  );
}

/** The case's deadlines now running or missed, soonest first, each with its date and its law. */
export function DeadlinesPanel({ deadlines }: { deadlines: readonly Deadline[] }) {
  const { t, i18n } = useTranslation();
  const shown = deadlines
    .filter((deadline) => deadline.status !== "met")
    .sort((a, b) => a.due.localeCompare(b.due));
  return (
    <section className="haven-deadlines" aria-labelledby="deadlines-heading">
      <h2 id="deadlines-heading">{t("deadlines.heading")}</h2>
      {shown.length === 0 ? (
        <p>{t("deadlines.none")}</p>
      ) : (
        <ul className="usa-list usa-list--unstyled" aria-label={t("deadlines.caption")}>
          {shown.map((deadline) => {
            const date = formatDate(deadline.due, i18n.language);
            return (
              <li
                key={`${deadline.ruleId}-${deadline.startedBy.seq}`}
                className="margin-bottom-2"
                data-deadline={deadline.ruleId}
                data-status={deadline.status}
              >
                <strong>{deadlineTitle(t, deadline.ruleId)}</strong>
                <br />
                {deadline.status === "missed" ? (
                  <span className="usa-tag bg-secondary-dark">
                    {t("deadlines.missed", { date })}
                  </span>
                ) : (
                  <time dateTime={deadline.due}>
                    {t(deadline.kind === "by" ? "deadlines.by" : "deadlines.notBefore", { date })}
                  </time>
                )}{" "}
                · <cite>{deadline.citation}</cite>
                {deadline.status === "missed" && <AfterMissed t={t} ruleId={deadline.ruleId} />}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
