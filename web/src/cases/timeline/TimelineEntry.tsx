import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../i18n/format.ts";
import { actorLabel } from "../../i18n/readable.ts";
import type { TimelineEntry as Entry } from "../casesApi.ts";
import { eventLabel } from "../labels.ts";
import { describeData } from "./eventData.ts";

/** An event's data to describe: its fields, when it is an object (every event's is, today). */
function dataOf(data: unknown): Record<string, unknown> {
  return data !== null && typeof data === "object" ? (data as Record<string, unknown>) : {};
}

/** Someone's own words, shown as they wrote them and marked so: no translation is implied. */
function AsWritten({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="haven-verbatim">{text}</span>{" "}
      <span className="haven-event__note text-base">({t("case.asWritten")})</span>
    </>
  );
}

/** A code the catalogue does not name yet, as it is and marked so. */
function Untranslated({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <>
      <code>{text}</code>{" "}
      <span className="haven-event__note text-base">({t("case.untranslated")})</span>
    </>
  );
}

export function TimelineEntry({ event, viewerId }: { event: Entry; viewerId?: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const fields = describeData(t, locale, dataOf(event.data));
  const actor = actorLabel(t, event.actor, viewerId);
  return (
    <li className="usa-process-list__item haven-event" data-event-type={event.type}>
      <h3 className="usa-process-list__heading">{eventLabel(t, event.type)}</h3>
      <p className="haven-event__when">
        <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, locale)}</time>
      </p>
      <dl className="haven-event__facts">
        {fields.map((field) => (
          <div key={field.key}>
            <dt>{field.label}</dt>
            <dd>
              {field.verbatim ? (
                <AsWritten text={field.value} />
              ) : field.untranslated ? (
                <Untranslated text={field.value} />
              ) : (
                field.value
              )}
            </dd>
          </div>
        ))}
        {event.reason && (
          <div>
            <dt>{t("case.reason")}</dt>
            <dd>
              <AsWritten text={event.reason} />
            </dd>
          </div>
        )}
        <div>
          <dt>{t("case.recordedBy")}</dt>
          <dd>{actor.untranslated ? <Untranslated text={actor.text} /> : actor.text}</dd>
        </div>
      </dl>
    </li>
  );
}
