import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { PersonFields } from "../person/PersonFields.tsx";
import { emptyPerson, personIds } from "../person/personDraft.ts";
import { MAX_MEMBERS, type MemberDraft, memberPrefix } from "./registrationDraft.ts";

let nextKey = 1;

/**
 * The family members travelling with the principal: a repeatable group. Adding one moves focus
 * to their first field; removing one moves it to "Add" and says so in a live region.
 */
export function MembersStep({
  members,
  onChange,
  fieldError,
  language,
}: {
  members: MemberDraft[];
  onChange(members: MemberDraft[]): void;
  fieldError(id: string): string | null;
  language: string;
}) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState("");
  const [focus, setFocus] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!focus) return;
    if (focus === "add") addButton.current?.focus();
    else document.getElementById(focus)?.focus();
    setFocus(null);
  }, [focus]);

  const add = () => {
    const index = members.length;
    onChange([...members, { key: nextKey++, person: emptyPerson(language) }]);
    setAnnouncement(t("registration.memberAdded", { number: index + 1 }));
    setFocus(personIds(memberPrefix(index)).givenName);
  };
  const remove = (index: number) => {
    onChange(members.filter((_, position) => position !== index));
    setAnnouncement(t("registration.memberRemoved", { number: index + 1 }));
    setFocus("add");
  };

  return (
    <>
      <p>{t("registration.membersIntro")}</p>
      {members.length === 0 && <p className="text-bold">{t("registration.noMembers")}</p>}
      {members.map((member, index) => (
        <div key={member.key} className="haven-member">
          <fieldset className="usa-fieldset">
            <legend className="usa-legend usa-legend--large">
              {t("registration.member", { number: index + 1 })}
            </legend>
            <PersonFields
              prefix={memberPrefix(index)}
              draft={member.person}
              onChange={(person) =>
                onChange(
                  members.map((item) => (item.key === member.key ? { ...item, person } : item)),
                )
              }
              fieldError={fieldError}
              autofill={`section-${memberPrefix(index)}`}
            />
            <button
              type="button"
              className="usa-button usa-button--secondary haven-member__remove"
              onClick={() => remove(index)}
            >
              {t("registration.removeMember", { number: index + 1 })}
            </button>
          </fieldset>
        </div>
      ))}
      {members.length < MAX_MEMBERS && (
        <button
          ref={addButton}
          type="button"
          className="usa-button usa-button--outline haven-member__add"
          onClick={add}
        >
          {t("registration.addMember")}
        </button>
      )}
      <p className="usa-sr-only" role="status">
        {announcement}
      </p>
    </>
  );
}
