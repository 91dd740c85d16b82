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
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
