import { useTranslation } from "react-i18next";

/** A table of parties and one long hexadecimal value each (commitments or seeds). */
export function PartyTable({
  caption,
  column,
  rows,
}: {
  caption: string;
  column: string;
  rows: readonly { party: string; value: string }[];
}) {
  const { t } = useTranslation();
  if (rows.length === 0) return <p>{t("lottery.none")}</p>;
  return (
    <table className="usa-table usa-table--borderless usa-table--compact haven-hex-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("lottery.party")}</th>
          <th scope="col">{column}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.party}>
            <th scope="row">{row.party}</th>
            <td>
              <code>{row.value}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
