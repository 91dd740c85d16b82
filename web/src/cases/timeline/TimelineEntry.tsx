import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../i18n/format.ts";
import type { TimelineEntry as Entry } from "../casesApi.ts";
import { eventLabel } from "../labels.ts";
import { describeData } from "./eventData.ts";

const SYSTEM = "system:";

function actorLabel(t: TFunction, actor: string): string {
  return actor.startsWith(SYSTEM) ? t("actor.system", { name: actor.slice(SYSTEM.length) }) : actor;
}

/** An event's data to describe: its fields, when it is an object (every event's is, today). */
function dataOf(data: unknown): Record<string, unknown> {
  return data !== null && typeof data === "object" ? (data as Record<string, unknown>) : {};
}

export function TimelineEntry({ event }: { event: Entry }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const fields = describeData(t, locale, dataOf(event.data));
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
            <dd>{field.value}</dd>
          </div>
        ))}
        {event.reason && (
          <div>
            <dt>{t("case.reason")}</dt>
            <dd>{event.reason}</dd>
          </div>
        )}
        <div>
          <dt>{t("case.recordedBy")}</dt>
          <dd>{actorLabel(t, event.actor)}</dd>
        </div>
      </dl>
    </li>
  );
}
