import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { needsSignIn, SignInAgain } from "../../accounts/session/SignInAgain.tsx";
import { LoadError, Loading } from "../../components/LoadState.tsx";
import { formatNumber } from "../../i18n/format.ts";
import { useDocumentTitle } from "../../platform/useDocumentTitle.ts";
import { useLoad } from "../../platform/useLoad.ts";
import { type HeldRegistration, listHeldRegistrations } from "../registrationReviewApi.ts";
import { HeldRegistrationItem, peopleNames } from "./HeldRegistrationItem.tsx";
import type { ReviewOutcome } from "./ReviewForm.tsx";

interface Message {
  kind: "success" | "warning";
  text: string;
}

/** `/registrations/held`: a CBP officer accepts or refuses the registrations held for review. */
export function HeldRegistrationsPage() {
  const { t, i18n } = useTranslation();
  const [load, retry, replace] = useLoad("held-registrations", listHeldRegistrations);
  const [message, setMessage] = useState<Message | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(t("held.title"));
  // The form sent is gone with its registration: the answer takes the focus instead.
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);

  const onReviewed = (registration: HeldRegistration, outcome: ReviewOutcome) => {
    const names = peopleNames(registration, i18n.language);
    const texts: Record<ReviewOutcome, Message> = {
      accepted: { kind: "success", text: t("held.accepted", { names }) },
      refused: { kind: "success", text: t("held.refused", { names }) },
      "already-reviewed": { kind: "warning", text: t("held.alreadyReviewed", { names }) },
      gone: { kind: "warning", text: t("held.gone", { names }) },
    };
    if (load.status === "loaded") {
      const registrations = load.data.registrations.filter((held) => held.id !== registration.id);
      replace({ ...load.data, registrations, total: load.data.total - 1 });
    }
    setMessage(texts[outcome]);
    void listHeldRegistrations().then(replace, retry);
  };

  return (
    <div className="haven-held">
      <h1>{t("held.title")}</h1>
      <p className="usa-intro">{t("held.intro")}</p>
      {message && (
        <div
          ref={messageRef}
          tabIndex={-1}
          className={`usa-alert usa-alert--${message.kind} usa-alert--slim haven-message`}
          role={message.kind === "success" ? "status" : "alert"}
          data-testid="review-message"
          data-kind={message.kind}
        >
          <div className="usa-alert__body">
            <p className="usa-alert__text">{message.text}</p>
          </div>
        </div>
      )}
      {load.status === "loading" && <Loading />}
      {load.status === "failed" &&
        (needsSignIn(load.error) ? <SignInAgain /> : <LoadError onRetry={retry} />)}
      {load.status === "loaded" && load.data.total > load.data.registrations.length && (
        <p data-testid="held-more">
          {t("held.more", {
            shown: formatNumber(load.data.registrations.length, i18n.language),
            total: formatNumber(load.data.total, i18n.language),
          })}
        </p>
      )}
      {load.status === "loaded" &&
        (load.data.registrations.length === 0 ? (
          <div className="usa-summary-box haven-held__empty" data-testid="no-held-registrations">
            <div className="usa-summary-box__body">
              <p className="usa-summary-box__text">{t("held.none")}</p>
            </div>
          </div>
        ) : (
          <ol className="usa-list usa-list--unstyled haven-held__list">
            {load.data.registrations.map((registration) => (
              <HeldRegistrationItem
                key={registration.id}
                registration={registration}
                onReviewed={onReviewed}
              />
            ))}
          </ol>
        ))}
    </div>
  );
}
