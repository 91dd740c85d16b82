import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { requestFailure } from "../../components/form/apiErrors.ts";
import { ErrorSummary } from "../../components/form/ErrorSummary.tsx";
import { SubmitButton } from "../../components/form/SubmitButton.tsx";
import { TextField } from "../../components/form/TextField.tsx";
import { useBusy } from "../../components/form/useBusy.ts";
import { useFormErrors } from "../../components/form/useFormErrors.ts";
import { ApiError } from "../../platform/http.ts";
import { useDocumentTitle } from "../../platform/useDocumentTitle.ts";
import { confirmEnrolment, type Enrolment, type SignedIn } from "../authApi.ts";
import { SecretKey } from "./SecretKey.tsx";

const CODE_ID = "second-factor-code";

/** "data:image/svg+xml,…": an SVG shown through <img> runs no script and loads nothing. */
function svgSource(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

export function EnrolmentForm({
  enrolment,
  onConfirmed,
}: {
  enrolment: Enrolment;
  onConfirmed(result: SignedIn & { recoveryCodes: string[] }): void;
}) {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t("secondFactor.title"));
  const [code, setCode] = useState("");
  const [busy, run] = useBusy();
  const form = useFormErrors();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const entered = code.replace(/[\s-]/g, "");
    if (!/^\d{6}$/.test(entered)) {
      return form.show({ fields: [{ id: CODE_ID, message: t("secondFactor.codeMissing") }] });
    }
    void run(async () => {
      try {
        onConfirmed(await confirmEnrolment(entered));
      } catch (error) {
        const wrong = error instanceof ApiError && [400, 401].includes(error.status);
        if (wrong) form.show({ fields: [{ id: CODE_ID, message: t("secondFactor.codeWrong") }] });
        else form.show({ message: requestFailure(t, i18n.language, error) });
      }
    });
  };

  return (
    <div className="haven-narrow">
      <h1>{t("secondFactor.title")}</h1>
      <p className="usa-intro">{t("secondFactor.intro")}</p>
      <ErrorSummary errors={form.errors} summaryRef={form.summary} />
      <ol className="usa-process-list haven-steps">
        <li className="usa-process-list__item">
          <h2 className="usa-process-list__heading">{t("secondFactor.scanHeading")}</h2>
          <p>{t("secondFactor.scan")}</p>
          <img
            className="haven-qr"
            src={svgSource(enrolment.qrSvg)}
            alt={t("secondFactor.qrAlt")}
            width={200}
            height={200}
          />
          <p>{t("secondFactor.noCamera")}</p>
          <SecretKey secret={enrolment.secret} />
        </li>
        <li className="usa-process-list__item">
          <h2 className="usa-process-list__heading">{t("secondFactor.confirmHeading")}</h2>
          <form className="usa-form usa-form--large" noValidate onSubmit={submit}>
            <TextField
              id={CODE_ID}
              label={t("secondFactor.code")}
              hint={t("secondFactor.codeHint")}
              error={form.fieldError(CODE_ID)}
              value={code}
              onChange={setCode}
              autoComplete="one-time-code"
              inputMode="numeric"
              maxLength={7}
              className="haven-code"
            />
            <SubmitButton busy={busy}>{t("secondFactor.submit")}</SubmitButton>
          </form>
        </li>
      </ol>
    </div>
  );
}
