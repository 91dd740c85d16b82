import { useTranslation } from "react-i18next";
import { formatDate } from "../../i18n/format.ts";
import { LANGUAGES } from "../../i18n/languages.ts";
import { portName } from "../../i18n/ports.ts";
import type { RequestWindow } from "../appointmentsApi.ts";
import { PersonSummary } from "./PersonSummary.tsx";
import {
  chosenPorts,
  normalizePhone,
  REGISTRATION_IDS,
  type RegistrationDraft,
  type Step,
} from "./registrationDraft.ts";

function ChangeLink({ step, onEdit }: { step: Step; onEdit(step: Step): void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="usa-button usa-button--unstyled" onClick={() => onEdit(step)}>
      {t("registration.change")}
      <span className="usa-sr-only">: {t(`registration.step.${step}`)}</span>
    </button>
  );
}

/** Everything typed, with a way back to each step, and whether to ask for today's window. */
export function ReviewStep({
  draft,
  requestWindow,
  onChange,
  onEdit,
}: {
  draft: RegistrationDraft;
  requestWindow: RequestWindow;
  onChange(patch: Partial<RegistrationDraft>): void;
  onEdit(step: Step): void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const contact = draft.method === "email" ? draft.email.trim() : normalizePhone(draft.phone);
  const language = LANGUAGES.find((entry) => entry.code === draft.language);
  return (
    <>
      <p>{t("registration.reviewIntro")}</p>
      <h3>{t("registration.step.principal")}</h3>
      <PersonSummary title={t("registration.principal")} person={draft.principal} />
      <ChangeLink step="principal" onEdit={onEdit} />
      <h3>{t("registration.step.members")}</h3>
      {draft.members.length === 0 && <p>{t("registration.noMembers")}</p>}
      {draft.members.map((member, index) => (
        <PersonSummary
          key={member.key}
          title={t("registration.member", { number: index + 1 })}
          person={member.person}
        />
      ))}
      <ChangeLink step="members" onEdit={onEdit} />
      <h3>{t("registration.step.contact")}</h3>
      <p className="text-bold">{contact}</p>
      <ChangeLink step="contact" onEdit={onEdit} />
      <h3>{t("registration.step.ports")}</h3>
      <dl className="haven-summary">
        <div>
          <dt>{t("registration.portsChosen")}</dt>
          <dd>
            <ol className="haven-ordered">
              {chosenPorts(draft).map((port) => (
                <li key={port}>{portName(port)}</li>
              ))}
            </ol>
          </dd>
        </div>
        <div>
          <dt>{t("form.preferredLanguage")}</dt>
          <dd lang={draft.language}>{language?.name}</dd>
        </div>
      </dl>
      <ChangeLink step="ports" onEdit={onEdit} />
      {requestWindow.status === "open" ? (
        <div className="usa-checkbox haven-request-box">
          <input
            className="usa-checkbox__input usa-checkbox__input--tile"
            id={REGISTRATION_IDS.request}
            type="checkbox"
            checked={draft.requestCurrentWindow}
            onChange={(event) => onChange({ requestCurrentWindow: event.target.checked })}
          />
          <label className="usa-checkbox__label" htmlFor={REGISTRATION_IDS.request}>
            {t("registration.requestNow", { date: formatDate(requestWindow.date, locale) })}
            <span className="usa-checkbox__label-description">
              {t("registration.requestNowHint")}
            </span>
          </label>
        </div>
      ) : (
        <p>{t("registration.windowNotOpen")}</p>
      )}
      <p className="haven-free">{t("appointments.free")}</p>
    </>
  );
}
