import { useTranslation } from "react-i18next";
import { portsOfEntry } from "../../../../src/policy/ports.ts";
import { SelectField } from "../../components/form/SelectField.tsx";
import { TextField } from "../../components/form/TextField.tsx";
import { LoadError } from "../../components/LoadState.tsx";
import { formatDate } from "../../i18n/format.ts";
import { portName } from "../../i18n/ports.ts";
import type { Load } from "../../platform/useLoad.ts";
import type { PortDay } from "../appointmentsApi.ts";
import { CHECK_IN_IDS } from "./CheckInView.tsx";
import { DayList } from "./DayList.tsx";

/** The day's list with its port and date, which the officer may change. */
export function DaySection({
  port,
  date,
  onPort,
  onDate,
  load,
  retry,
  busy,
  onNoShow,
}: {
  port: string;
  date: string;
  onPort(port: string): void;
  onDate(date: string): void;
  load: Load<PortDay>;
  retry(): void;
  busy: boolean;
  onNoShow(code: string): void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="day-heading" className="haven-day">
      <h2 id="day-heading">
        {t("checkIn.dayHeading", {
          date: formatDate(date, i18n.language),
          port: load.status === "loaded" ? portName(load.data.port) : portName(port),
        })}
      </h2>
      <div className="haven-filters">
        <SelectField
          id={CHECK_IN_IDS.port}
          label={t("appointments.port")}
          value={port}
          onChange={onPort}
        >
          <option value="">{t("checkIn.myPort")}</option>
          {portsOfEntry.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {portName(entry.id)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={CHECK_IN_IDS.date}
          type="date"
          label={t("appointments.date")}
          value={date}
          onChange={(value) => value && onDate(value)}
        />
      </div>
      {load.status === "loading" && <p role="status">{t("status.loading")}</p>}
      {load.status === "failed" && <LoadError onRetry={retry} />}
      {load.status === "loaded" && (
        <DayList appointments={load.data.appointments} busy={busy} onNoShow={onNoShow} />
      )}
    </section>
  );
}
