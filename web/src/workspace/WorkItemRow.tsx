import { useTranslation } from "react-i18next";
import { formatDateTime } from "../i18n/format.ts";
import { CaseLineCell } from "./CaseLineCell.tsx";
import { workItemLabel } from "./labels.ts";
import { urgency, type WorkItemView } from "./workspaceApi.ts";

const TAG: Record<ReturnType<typeof urgency>, string> = {
  overdue: "usa-tag haven-tag haven-tag--overdue",
  warning: "usa-tag haven-tag haven-tag--warning",
  due: "haven-tag",
};

/** One thing to do: when it is due (and whether late), what it is, on whose case, where. */
export function WorkItemRow({ item }: { item: WorkItemView }) {
  const { t, i18n } = useTranslation();
  const level = urgency(item, Date.now());
  const column = (key: "due" | "what" | "case" | "where") => t(`workspace.column.${key}`);
  return (
    <tr data-item={item.item} data-urgency={level}>
      <td data-label={column("due")}>
        {item.dueAt ? (
          <>
            <time dateTime={item.dueAt}>{formatDateTime(item.dueAt, i18n.language)}</time>{" "}
            {level !== "due" && (
              <span className={TAG[level]}>{t(`workspace.urgency.${level}`)}</span>
            )}
          </>
        ) : (
          t("workspace.noDue")
        )}
      </td>
      <th scope="row" data-label={column("what")}>
        {workItemLabel(t, item.item)}
      </th>
      <td data-label={column("case")}>
        <CaseLineCell line={item.case} />
      </td>
      <td data-label={column("where")}>{item.post ? item.post.name : t("workspace.noPost")}</td>
    </tr>
  );
}
