import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { needsSignIn, SignInAgain } from "../../accounts/session/SignInAgain.tsx";
import { requestFailure } from "../../components/form/apiErrors.ts";
import { useBusy } from "../../components/form/useBusy.ts";
import { LoadError, Loading } from "../../components/LoadState.tsx";
import { formatDate } from "../../i18n/format.ts";
import { ApiError } from "../../platform/http.ts";
import { useLoad } from "../../platform/useLoad.ts";
import { getWindow, myRegistrations, type Registration, requestPlace } from "../appointmentsApi.ts";
import { AppointmentsView } from "./AppointmentsView.tsx";

const REFUSALS = [
  "window-not-open",
  "already-requested",
  "request-pending",
  "appointment-pending",
  "checked-in",
] as const;

/** Why the API refused a request (409 with a `code`), in the reader's language. */
function refusal(t: TFunction, error: unknown): string | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const code = REFUSALS.find((known) => known === error.code);
  return code ? t(`appointments.refused.${code}`) : t("appointments.requestRefused");
}

async function loadAll(signal: AbortSignal) {
  const [requestWindow, registrations] = await Promise.all([
    getWindow(signal),
    myRegistrations(signal),
  ]);
  return { requestWindow, registrations };
}

/** `/appointments`: an applicant's registrations, requests and appointment. */
export function AppointmentsPage() {
  const { t, i18n } = useTranslation();
  const [load, retry, replace] = useLoad("appointments", loadAll);
  const [busy, run] = useBusy();
  const [message, setMessage] = useState<{ kind: "success" | "error"; text: string } | null>(null);
  if (load.status === "loading") return <Loading />;
  if (load.status === "failed") {
    return needsSignIn(load.error) ? <SignInAgain /> : <LoadError onRetry={retry} />;
  }
  const onRequest = (registration: Registration) =>
    void run(async () => {
      try {
        const { windowDate } = await requestPlace(registration.id);
        const date = formatDate(windowDate, i18n.language);
        await loadAll(new AbortController().signal).then(replace, retry);
        setMessage({ kind: "success", text: t("appointments.requested", { date }) });
      } catch (error) {
        const text = refusal(t, error) ?? requestFailure(t, i18n.language, error);
        setMessage({ kind: "error", text });
      }
    });
  return (
    <AppointmentsView
      requestWindow={load.data.requestWindow}
      registrations={load.data.registrations}
      busy={busy}
      message={message}
      onRequest={onRequest}
    />
  );
}
