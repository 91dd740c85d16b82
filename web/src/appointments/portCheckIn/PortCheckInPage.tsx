import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { requestFailure } from "../../components/form/apiErrors.ts";
import { useBusy } from "../../components/form/useBusy.ts";
import { useFormErrors } from "../../components/form/useFormErrors.ts";
import { ApiError } from "../../platform/http.ts";
import { useLoad } from "../../platform/useLoad.ts";
import {
  type CheckedIn,
  checkIn,
  markNoShow,
  type PortAppointment,
  portAppointments,
} from "../appointmentsApi.ts";
import { CHECK_IN_IDS, CheckInView } from "./CheckInView.tsx";
import { DaySection } from "./DaySection.tsx";
import { localToday, normalizeCode } from "./dayQuery.ts";
import { type RefusedMember, refusedMembers } from "./membersRefused.ts";

function checkInFailure(t: TFunction, locale: string, error: unknown): string {
  if (!(error instanceof ApiError)) return requestFailure(t, locale, error);
  if (error.status === 422) return t("checkIn.engineRefused");
  return [404, 409].includes(error.status)
    ? t("checkIn.refused")
    : requestFailure(t, locale, error);
}

/** `/port/check-in`: a CBP officer checks a group in by its code and keeps the day's list. */
export function PortCheckInPage() {
  const { t, i18n } = useTranslation();
  const [port, setPort] = useState("");
  const [date, setDate] = useState(localToday);
  const [load, retry, replace] = useLoad(`${port}|${date}`, (signal) =>
    portAppointments({ port, date }, signal),
  );
  const [code, setCode] = useState("");
  const [found, setFound] = useState<PortAppointment | null>(null);
  const [result, setResult] = useState<CheckedIn | null>(null);
  const [refused, setRefused] = useState<RefusedMember[] | null>(null);
  const [busy, run] = useBusy();
  const form = useFormErrors();
  const list = load.status === "loaded" ? load.data.appointments : [];
  const codeError = (message: string) =>
    form.show({ fields: [{ id: CHECK_IN_IDS.code, message }] });
  const reload = () => portAppointments({ port, date }).then(replace, retry);

  const find = () => {
    setResult(null);
    setRefused(null);
    const wanted = normalizeCode(code);
    if (!wanted) return codeError(t("checkIn.codeMissing"));
    const match = list.find((appointment) => normalizeCode(appointment.code) === wanted);
    setFound(match ?? null);
    if (match) form.clear();
    else codeError(t("checkIn.notFound"));
  };

  const onCheckIn = () =>
    void run(async () => {
      if (!found) return;
      setRefused(null);
      try {
        setResult(await checkIn(found.code));
        setFound(null);
        setCode("");
        form.clear();
        await reload();
      } catch (error) {
        const people = refusedMembers(error);
        setRefused(people);
        form.show({
          message: people ? t("checkIn.membersRefused") : checkInFailure(t, i18n.language, error),
        });
      }
    });

  const onNoShow = (noShowCode: string) =>
    void run(async () => {
      try {
        await markNoShow(noShowCode);
        await reload();
      } catch (error) {
        const refused = error instanceof ApiError && error.status === 409;
        form.show({
          message: refused ? t("checkIn.noShowRefused") : requestFailure(t, i18n.language, error),
        });
      }
    });

  return (
    <CheckInView
      form={form}
      busy={busy}
      code={code}
      onCode={setCode}
      onFind={find}
      found={found}
      result={result}
      refused={refused}
      onCheckIn={onCheckIn}
    >
      <DaySection
        port={port}
        date={date}
        onPort={setPort}
        onDate={setDate}
        load={load}
        retry={retry}
        busy={busy}
        onNoShow={onNoShow}
      />
    </CheckInView>
  );
}
