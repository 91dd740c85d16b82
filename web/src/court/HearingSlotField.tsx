import { useState } from "react";
import { useTranslation } from "react-i18next";
import { getCase } from "../cases/casesApi.ts";
import { SelectField } from "../components/form/SelectField.tsx";
import { TextField } from "../components/form/TextField.tsx";
import { useLoad } from "../platform/useLoad.ts";
import { getCourts, getDocket, judgeName, todayIn } from "./courtApi.ts";

/** The court the case's Notice to Appear sends it to, from its timeline. */
function noticeCourt(timeline: { type: string; data: unknown }[]): string {
  const served = timeline.filter((entry) => entry.type === "NoticeToAppearServed").at(-1);
  const court = (served?.data as { court?: unknown } | undefined)?.court;
  return typeof court === "string" ? court : "";
}

/**
 * A hearing's slot, chosen from the docket: the court (the case's, to begin with), a day, and
 * one of that day's free slots, each with its time on the court's clock, judge and courtroom.
 */
export function HearingSlotField({
  id,
  caseId,
  label,
  error,
  value,
  onChange,
}: {
  id: string;
  caseId: string;
  label: string;
  error: string | null;
  value: string;
  onChange(value: string): void;
}) {
  const { t } = useTranslation();
  const [courtsLoad] = useLoad("courts", async (signal) => {
    const [courts, detail] = await Promise.all([getCourts(signal), getCase(caseId, signal)]);
    return { courts, caseCourt: noticeCourt(detail.timeline) };
  });
  const [chosenCourt, setCourt] = useState<string | null>(null);
  const [chosenDay, setDay] = useState<string | null>(null);
  const loaded = courtsLoad.status === "loaded" ? courtsLoad.data : null;
  const courtId = chosenCourt ?? loaded?.caseCourt ?? "";
  const court = loaded?.courts.find((candidate) => candidate.id === courtId);
  const day = chosenDay ?? (court ? todayIn(court.timeZone) : "");
  const [slotsLoad] = useLoad(`slots-${courtId}-${day}`, (signal) =>
    court && /^\d{4}-\d{2}-\d{2}$/.test(day)
      ? getDocket(court.id, { day, free: true }, signal).then((docket) => docket.slots)
      : Promise.resolve([]),
  );
  const slots = slotsLoad.status === "loaded" ? slotsLoad.data : [];
  return (
    <fieldset className="usa-fieldset haven-slot-field">
      <legend className="usa-legend">{label}</legend>
      <SelectField
        id={`${id}-court`}
        label={t("docket.court")}
        error={null}
        value={courtId}
        onChange={(next) => {
          setCourt(next);
          onChange("");
        }}
      >
        <option value="">{t("commandForm.choose")}</option>
        {(loaded?.courts ?? []).map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.name}
          </option>
        ))}
      </SelectField>
      <TextField
        id={`${id}-day`}
        label={t("docket.day")}
        hint={court ? t("docket.zone", { zone: court.timeZone }) : undefined}
        error={null}
        type="date"
        value={day}
        onChange={(next) => {
          setDay(next);
          onChange("");
        }}
      />
      <SelectField id={id} label={t("docket.slot")} error={error} value={value} onChange={onChange}>
        <option value="">
          {slotsLoad.status === "loading"
            ? t("docket.loading")
            : slots.length === 0
              ? t("docket.noFreeSlots")
              : t("commandForm.choose")}
        </option>
        {slots.map((slot) => (
          <option key={slot.id} value={slot.id}>
            {t("docket.slotChoice", {
              time: slot.time,
              kind: t(`docket.kind.${slot.kind}`),
              judge: judgeName(court, slot.judgeId),
              room: slot.room,
            })}
          </option>
        ))}
      </SelectField>
    </fieldset>
  );
}
