import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadError, Loading } from "../components/LoadState.tsx";
import { useLoad } from "../platform/useLoad.ts";
import { CommandForm } from "./CommandForm.tsx";
import { getActions } from "./commandsApi.ts";
import { commandTitle } from "./labels.ts";
import { RefusalNotice } from "./RefusalNotice.tsx";

/**
 * What the reader's role can do on the case now, from the process model: each command as a form
 * that opens in place, and below them the ones the case's state bars, each with its rule.
 */
export function CaseActions({ caseId, onChanged }: { caseId: string; onChanged(): void }) {
  const { t } = useTranslation();
  const [round, setRound] = useState(0);
  const [open, setOpen] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [load, retry] = useLoad(`${caseId}:${round}`, (signal) => getActions(caseId, signal));
  if (load.status === "loading") return <Loading />;
  if (load.status === "failed") return <LoadError onRetry={retry} />;
  const available = load.data.actions.filter((action) => action.available);
  const barred = load.data.actions.filter((action) => !action.available);
  if (load.data.actions.length === 0) return null;
  const refresh = () => {
    setRound((n) => n + 1);
    onChanged();
  };
  return (
    <section className="haven-actions" aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t("commandForm.heading")}</h2>
      {stale && (
        <div className="usa-alert usa-alert--warning usa-alert--slim" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t("commandForm.stale")}</p>
          </div>
        </div>
      )}
      {done && (
        <div className="usa-alert usa-alert--success usa-alert--slim" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">
              {t("commandForm.done", { command: commandTitle(t, done) })}
            </p>
          </div>
        </div>
      )}
      {available.length === 0 ? (
        <p>{t("commandForm.none")}</p>
      ) : (
        <div className="usa-accordion usa-accordion--bordered">
          {available.map((action) => {
            const expanded = open === action.type;
            const panel = `action-${action.type}`;
            return (
              <div key={action.type} data-command={action.type}>
                <h3 className="usa-accordion__heading">
                  <button
                    type="button"
                    className="usa-accordion__button"
                    aria-expanded={expanded}
                    aria-controls={panel}
                    onClick={() => setOpen(expanded ? null : action.type)}
                  >
                    {commandTitle(t, action.type)}
                  </button>
                </h3>
                <div id={panel} className="usa-accordion__content" hidden={!expanded}>
                  {expanded && (
                    <CommandForm
                      caseId={caseId}
                      version={load.data.version}
                      action={action}
                      onDone={() => {
                        setOpen(null);
                        setStale(false);
                        setDone(action.type);
                        refresh();
                      }}
                      onStale={() => {
                        setDone(null);
                        setStale(true);
                        refresh();
                      }}
                    />
                  )}
                </div>
              </div>
            );
          })}
        </div>
      )}
      {barred.length > 0 && (
        <details className="haven-barred">
          <summary>{t("commandForm.barred", { count: barred.length })}</summary>
          <ul className="usa-list usa-list--unstyled">
            {barred.map((action) =>
              action.available ? null : (
                <li key={action.type} data-barred={action.type}>
                  <h3 className="haven-barred__title">{commandTitle(t, action.type)}</h3>
                  <RefusalNotice refusal={action.refusal} live={false} />
                </li>
              ),
            )}
          </ul>
        </details>
      )}
    </section>
  );
}
