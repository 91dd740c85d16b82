import { useTranslation } from "react-i18next";
import { formatNumber } from "../../i18n/format.ts";
import { portName } from "../../i18n/ports.ts";
import type { PublishedDraw } from "../lotteryApi.ts";
import { summarizeDraw } from "./drawSummary.ts";
import { PartyTable } from "./PartyTable.tsx";

/** The published record: counts per port, then the commitments, seeds and digests to check. */
export function DrawRecord({ draw }: { draw: PublishedDraw }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  const summary = summarizeDraw(draw);
  return (
    <>
      <p data-testid="draw-status">
        <span className={`usa-tag haven-tag haven-tag--${draw.status}`}>
          {t(`lottery.status.${draw.status}`)}
        </span>
      </p>
      <p>{draw.status === "drawn" ? t("lottery.drawnBody") : t("lottery.voidBody")}</p>
      <dl className="haven-facts">
        <div>
          <dt>{t("lottery.requests")}</dt>
          <dd>{n(summary.requests)}</dd>
        </div>
        <div>
          <dt>{t("lottery.people")}</dt>
          <dd>{n(summary.people)}</dd>
        </div>
        <div>
          <dt>{t("lottery.places")}</dt>
          <dd>{n(summary.places)}</dd>
        </div>
        <div>
          <dt>{t("lottery.groupsDrawn")}</dt>
          <dd>{n(summary.groupsDrawn)}</dd>
        </div>
      </dl>
      <table className="usa-table usa-table--borderless usa-table--compact">
        <caption>{t("lottery.byPort")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("lottery.port")}</th>
            <th scope="col">{t("lottery.places")}</th>
            <th scope="col">{t("lottery.placesGiven")}</th>
          </tr>
        </thead>
        <tbody>
          {summary.ports.map((count) => (
            <tr key={count.port}>
              <th scope="row">{portName(count.port)}</th>
              <td>{n(count.places)}</td>
              <td>{n(count.given)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t("lottery.commitments")}</h2>
      <PartyTable
        caption={t("lottery.commitmentsCaption")}
        column={t("lottery.commitment")}
        rows={draw.commitments.map((row) => ({ party: row.party, value: row.commitment }))}
      />
      <h2>{t("lottery.seeds")}</h2>
      <PartyTable
        caption={t("lottery.seedsCaption")}
        column={t("lottery.seed")}
        rows={draw.reveals.map((row) => ({ party: row.party, value: row.seed }))}
      />
      {draw.unrevealed.length > 0 && (
        <p>
          {t("lottery.unrevealed")}: <code>{draw.unrevealed.join(", ")}</code>
        </p>
      )}
      <dl className="haven-hashes">
        <div>
          <dt>{t("lottery.finalSeed")}</dt>
          <dd>
            <code>{draw.finalSeed || "—"}</code>
          </dd>
        </div>
        <div>
          <dt>{t("lottery.requestsDigest")}</dt>
          <dd>
            <code>{draw.requestsDigest}</code>
          </dd>
        </div>
      </dl>
      <p>
        <a className="usa-link" href={`/api/lottery/${encodeURIComponent(draw.date)}`} download>
          {t("lottery.download")}
        </a>
      </p>
    </>
  );
}
