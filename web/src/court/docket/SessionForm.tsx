import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { requestFailure } from "../../components/form/apiErrors.ts";
import { ErrorSummary } from "../../components/form/ErrorSummary.tsx";
import { SelectField } from "../../components/form/SelectField.tsx";
import { SubmitButton } from "../../components/form/SubmitButton.tsx";
import { TextField } from "../../components/form/TextField.tsx";
import { useBusy } from "../../components/form/useBusy.ts";
import { useFormErrors } from "../../components/form/useFormErrors.ts";
import { ApiError } from "../../platform/http.ts";
import { addSession, type CourtView } from "../courtApi.ts";

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A clerk's new session on the day shown: a judge in a courtroom, cut into slots. */
export function SessionForm({
  court,
  day,
  onAdded,
}: {
  court: CourtView;
  day: string;
  onAdded(): void;
}) {
  const { t, i18n } = useTranslation();
  const [judgeId, setJudgeId] = useState(court.judges[0]?.id ?? "");
  const [room, setRoom] = useState(court.rooms[0] ?? "");
  const [start, setStart] = useState("08:30");
  const [end, setEnd] = useState("11:30");
  const [kind, setKind] = useState<"master" | "individual">("master");
  const [minutes, setMinutes] = useState("15");
  const [added, setAdded] = useState<number | null>(null);
  const [busy, work] = useBusy();
  const errors = useFormErrors();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    const slotMinutes = Number(minutes);
    const problems = [
      !TIME.test(start) && { id: "session-start", message: t("docket.session.timeInvalid") },
      (!TIME.test(end) || end <= start) && {
        id: "session-end",
        message: t("docket.session.endInvalid"),
      },
      !(Number.isInteger(slotMinutes) && slotMinutes >= 5 && slotMinutes <= 480) && {
        id: "session-minutes",
        message: t("docket.session.minutesInvalid"),
      },
    ].filter((problem) => problem !== false);
    if (problems.length > 0) {
      errors.show({ fields: problems });
      return;
    }
    void work(async () => {
      try {
        const created = await addSession(court.id, {
          judgeId,
          room,
          day,
          start,
          end,
          kind,
          slotMinutes,
        });
        errors.clear();
        setAdded(created.slots.length);
        onAdded();
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) {
          errors.show({ message: t("docket.session.clash") });
          return;
        }
        errors.show({ message: requestFailure(t, i18n.language, error) });
      }
    });
  };

  return (
    <section aria-labelledby="session-heading" className="haven-docket__session">
      <h2 id="session-heading">{t("docket.session.heading")}</h2>
      {added !== null && (
        <div className="usa-alert usa-alert--success usa-alert--slim" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t("docket.session.added", { count: added })}</p>
          </div>
        </div>
      )}
      <form className="usa-form usa-form--large" onSubmit={submit} noValidate>
        <ErrorSummary errors={errors.errors} summaryRef={errors.summary} />
        <SelectField
          id="session-judge"
          label={t("docket.judge")}
          error={null}
          value={judgeId}
          onChange={setJudgeId}
        >
          {court.judges.map((judge) => (
            <option key={judge.id} value={judge.id}>
              {judge.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="session-room"
          label={t("docket.room")}
          error={null}
          value={room}
          onChange={setRoom}
        >
          {court.rooms.map((candidate) => (
            <option key={candidate} value={candidate}>
              {candidate}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="session-kind"
          label={t("docket.kindHeading")}
          error={null}
          value={kind}
          onChange={(next) => setKind(next === "individual" ? "individual" : "master")}
        >
          <option value="master">{t("docket.kind.master")}</option>
          <option value="individual">{t("docket.kind.individual")}</option>
        </SelectField>
        <TextField
          id="session-start"
          label={t("docket.session.start")}
          error={errors.fieldError("session-start")}
          type="time"
          value={start}
          onChange={setStart}
        />
        <TextField
          id="session-end"
          label={t("docket.session.end")}
          error={errors.fieldError("session-end")}
          type="time"
          value={end}
          onChange={setEnd}
        />
        <TextField
          id="session-minutes"
          label={t("docket.session.minutes")}
          error={errors.fieldError("session-minutes")}
          inputMode="numeric"
          value={minutes}
          onChange={setMinutes}
        />
        <SubmitButton busy={busy}>{t("docket.session.submit")}</SubmitButton>
      </form>
    </section>
  );
}
