import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { NativeName } from "../../components/PersonName.tsx";
import { countryName, formatList, languageName } from "../../i18n/format.ts";
import { useDocumentTitle } from "../../platform/useDocumentTitle.ts";
import { Link } from "../../routing/navigation.ts";
import type { CaseView } from "../casesApi.ts";
import { StateList } from "../StateList.tsx";
import { TimelineEntry } from "./TimelineEntry.tsx";

export function CaseTimelineView({
  detail,
  actions = null,
  viewerId,
}: {
  detail: CaseView;
  /** The reader's account id: what they recorded themselves reads "You". */
  viewerId?: string;
  /** What the reader's role can do on the case now, when it can do anything. */
  actions?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { person } = detail;
  useDocumentTitle(person.displayName);
  const timeline = [...detail.timeline].sort((a, b) => a.seq - b.seq);
  return (
    <>
      <nav className="usa-breadcrumb haven-breadcrumb" aria-label={t("case.breadcrumb")}>
        <ol className="usa-breadcrumb__list">
          <li className="usa-breadcrumb__list-item">
            <Link className="usa-breadcrumb__link" href="/">
              <span>{t("cases.title")}</span>
            </Link>
          </li>
          <li className="usa-breadcrumb__list-item usa-current" aria-current="page">
            <span>{person.displayName}</span>
          </li>
        </ol>
      </nav>
      <h1 className="haven-person">
        <span className="haven-person__name">{person.displayName}</span>
        <NativeName person={person} languages={person.languages} className="haven-person__native" />
      </h1>
      <dl className="haven-facts">
        <div>
          <dt>{t("case.reference")}</dt>
          <dd>{detail.reference}</dd>
        </div>
        <div>
          <dt>{t("case.nationality")}</dt>
          <dd>{countryName(person.nationality, locale)}</dd>
        </div>
        {person.languages.length > 0 && (
          <div>
            <dt>{t("case.languages")}</dt>
            <dd>
              {formatList(
                person.languages.map((code) => languageName(code, locale)),
                locale,
              )}
            </dd>
          </div>
        )}
      </dl>
      <section className="usa-summary-box haven-current" aria-labelledby="current-state-heading">
        <div className="usa-summary-box__body">
          <h2 className="usa-summary-box__heading" id="current-state-heading">
            {t("case.currentState")}
          </h2>
          <div className="usa-summary-box__text">
            <StateList state={detail.state} />
          </div>
        </div>
      </section>
      {actions}
      <h2 id="timeline-heading">{t("case.timeline")}</h2>
      {timeline.length === 0 ? (
        <p>{t("case.emptyTimeline")}</p>
      ) : (
        <>
          <p>{t("case.timelineIntro")}</p>
          <ol className="usa-process-list haven-timeline" aria-labelledby="timeline-heading">
            {timeline.map((event) => (
              <TimelineEntry key={event.seq} event={event} viewerId={viewerId} />
            ))}
          </ol>
        </>
      )}
    </>
  );
}
