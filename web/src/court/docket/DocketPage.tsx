import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Account } from "../../accounts/authApi.ts";
import { needsSignIn, SignInAgain } from "../../accounts/session/SignInAgain.tsx";
import { SelectField } from "../../components/form/SelectField.tsx";
import { TextField } from "../../components/form/TextField.tsx";
import { LoadError, Loading } from "../../components/LoadState.tsx";
import { useDocumentTitle } from "../../platform/useDocumentTitle.ts";
import { useLoad } from "../../platform/useLoad.ts";
import { type CourtView, getCourts, getDocket, todayIn } from "../courtApi.ts";
import { DocketTable } from "./DocketTable.tsx";
import { SessionForm } from "./SessionForm.tsx";

/** `/docket`: a court's day, slot by slot, one judge's or all; the clerk adds sessions. */
export function DocketPage({ account }: { account: Account }) {
  const { t } = useTranslation();
  useDocumentTitle(t("docket.title"));
  const [courtsLoad, retryCourts] = useLoad("courts", (signal) => getCourts(signal));
  if (courtsLoad.status === "loading") return <Loading />;
  if (courtsLoad.status === "failed") {
    return needsSignIn(courtsLoad.error) ? <SignInAgain /> : <LoadError onRetry={retryCourts} />;
  }
  return <CourtDay courts={courtsLoad.data} mayAdd={account.role === "court_clerk"} />;
}

function CourtDay({ courts, mayAdd }: { courts: readonly CourtView[]; mayAdd: boolean }) {
  const { t } = useTranslation();
  const [courtId, setCourtId] = useState(courts[0]?.id ?? "");
  const court = courts.find((candidate) => candidate.id === courtId);
  const [day, setDay] = useState(() => todayIn(court?.timeZone ?? "UTC"));
  const [judge, setJudge] = useState("");
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(day);
  const [docketLoad, retry] = useLoad(`docket-${courtId}-${day}-${judge}`, (signal) =>
    valid ? getDocket(courtId, { day, judge: judge || undefined }, signal) : Promise.resolve(null),
  );
  return (
    <div className="haven-docket">
      <h1>{t("docket.title")}</h1>
      <p className="usa-intro">{t("docket.intro")}</p>
      <form className="usa-form haven-docket__filters" onSubmit={(event) => event.preventDefault()}>
        <SelectField
          id="docket-court"
          label={t("docket.court")}
          error={null}
          value={courtId}
          onChange={(next) => {
            setCourtId(next);
            setJudge("");
          }}
        >
          {courts.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name}
            </option>
          ))}
        </SelectField>
        <TextField
          id="docket-day"
          label={t("docket.day")}
          hint={court ? t("docket.zone", { zone: court.timeZone }) : undefined}
          error={valid ? null : t("docket.dayInvalid")}
          type="date"
          value={day}
          onChange={setDay}
        />
        <SelectField
          id="docket-judge"
          label={t("docket.judge")}
          error={null}
          value={judge}
          onChange={setJudge}
        >
          <option value="">{t("docket.allJudges")}</option>
          {(court?.judges ?? []).map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name}
            </option>
          ))}
        </SelectField>
      </form>
      <section aria-labelledby="docket-heading">
        <h2 id="docket-heading">{t("docket.slotsHeading")}</h2>
        {docketLoad.status === "loading" && <Loading />}
        {docketLoad.status === "failed" &&
          (needsSignIn(docketLoad.error) ? <SignInAgain /> : <LoadError onRetry={retry} />)}
        {docketLoad.status === "loaded" && docketLoad.data && court && (
          <DocketTable court={court} slots={docketLoad.data.slots} />
        )}
      </section>
      {mayAdd && court && valid && <SessionForm court={court} day={day} onAdded={retry} />}
    </div>
  );
}
