import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "../components/form/ErrorSummary.tsx";
import { SubmitButton } from "../components/form/SubmitButton.tsx";
import { TextField } from "../components/form/TextField.tsx";
import { useBusy } from "../components/form/useBusy.ts";
import { useFormErrors } from "../components/form/useFormErrors.ts";
import { formatDate, formatDateTime } from "../i18n/format.ts";
import { ApiError } from "../platform/http.ts";
import { useLoad } from "../platform/useLoad.ts";
import { listNotices, type Notice, type NoticeDelivery, recordMailing } from "./noticesApi.ts";

/** Who mails each notice (as the server's notices/routes.ts says). */
const MAILED_BY: Readonly<Record<Notice["kind"], readonly string[]>> = {
  "notice-to-appear": ["cbp_officer", "ice_officer", "asylum_officer"],
  "credible-fear-determination": ["asylum_officer"],
  "hearing-notice": ["court_clerk"],
  "ij-review-decision": ["court_clerk"],
  "ij-decision": ["court_clerk"],
  "bia-decision": ["court_clerk"],
};

function DeliveryLine({ delivery }: { delivery: NoticeDelivery }) {
  const { t, i18n } = useTranslation();
  const when =
    delivery.postedOn !== null
      ? formatDate(delivery.postedOn, i18n.language)
      : delivery.deliveredAt !== null
        ? formatDateTime(delivery.deliveredAt, i18n.language)
        : null;
  return (
    <li>
      <strong>{t(`notices.channel.${delivery.channel}`)}</strong>
      {delivery.channel === "postal" && <> ({delivery.recipient})</>}:{" "}
      {t(`notices.status.${delivery.status}`)}
      {when && <> — {when}</>}
    </li>
  );
}

function MailingForm({
  caseId,
  notice,
  onRecorded,
}: {
  caseId: string;
  notice: Notice;
  onRecorded(): void;
}) {
  const { t } = useTranslation();
  const [postedOn, setPostedOn] = useState("");
  const [busy, work] = useBusy();
  const errors = useFormErrors();
  const id = `mailing-${notice.id}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(postedOn)) {
      errors.show({ fields: [{ id, message: t("notices.postedOnMissing") }] });
      return;
    }
    void work(async () => {
      try {
        await recordMailing(caseId, notice.id, postedOn);
        errors.clear();
        onRecorded();
      } catch (error) {
        const problem = error instanceof ApiError ? error.problem : null;
        errors.show({ message: problem?.detail ?? t("form.failed") });
      }
    });
  };
  return (
    <form className="usa-form" onSubmit={submit} noValidate>
      <ErrorSummary errors={errors.errors} summaryRef={errors.summary} />
      <TextField
        id={id}
        type="date"
        label={t("notices.postedOn")}
        error={errors.fieldError(id)}
        value={postedOn}
        onChange={setPostedOn}
      />
      <SubmitButton busy={busy}>{t("notices.recordPosting")}</SubmitButton>
    </form>
  );
}

/**
 * The case's notices: each with its date, its PDF (in the person's language and in English) and
 * where each channel's delivery stands; the office that mails a notice records its posting here.
 */
export function NoticesPanel({
  caseId,
  role,
  onChanged,
}: {
  caseId: string;
  role: string;
  onChanged?(): void;
}) {
  const { t, i18n } = useTranslation();
  const [round, setRound] = useState(0);
  const [load] = useLoad(`${caseId}:${round}`, (signal) => listNotices(caseId, signal));
  if (load.status !== "loaded") return null;
  const notices = load.data;
  const recorded = () => {
    setRound((n) => n + 1);
    onChanged?.();
  };
  return (
    <section className="haven-notices" aria-labelledby="notices-heading">
      <h2 id="notices-heading">{t("notices.heading")}</h2>
      {notices.length === 0 ? (
        <p>{t("notices.none")}</p>
      ) : (
        <ul className="usa-list usa-list--unstyled" data-testid="notices">
          {notices.map((notice) => {
            const postal = notice.deliveries.find((delivery) => delivery.channel === "postal");
            const mayPost =
              MAILED_BY[notice.kind].includes(role) &&
              postal !== undefined &&
              postal.status !== "delivered";
            return (
              <li key={notice.id} className="margin-bottom-3">
                <h3 className="margin-bottom-05">{t(`notices.kind.${notice.kind}`)}</h3>
                <p className="margin-y-05">
                  {formatDate(notice.createdAt, i18n.language)} ·{" "}
                  <a className="usa-link" href={notice.pdf} target="_blank" rel="noopener">
                    {t("notices.pdf")}
                  </a>
                </p>
                {notice.address === null && <p>{t("notices.noAddress")}</p>}
                <ul className="usa-list">
                  {notice.deliveries.map((delivery) => (
                    <DeliveryLine key={delivery.channel} delivery={delivery} />
                  ))}
                </ul>
                {mayPost && <MailingForm caseId={caseId} notice={notice} onRecorded={recorded} />}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
