import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { LANGUAGES, type Language, matchLanguage } from "../i18n/languages.ts";
import { changeLanguage } from "../i18n/setup.ts";

/** The USWDS language selector: a button that opens the list of languages, each in its own. */
export function LanguageMenu() {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const current = matchLanguage(i18n.language) ?? "en";
  const currentName = LANGUAGES.find((language) => language.code === current)?.name;

  useEffect(() => {
    if (!open) return;
    const outside = (target: EventTarget | null) =>
      !(target instanceof Node && container.current?.contains(target));
    const onClick = (event: MouseEvent) => {
      if (outside(event.target)) setOpen(false);
    };
    const onFocus = (event: FocusEvent) => {
      if (outside(event.target)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener("click", onClick, { capture: true });
    document.addEventListener("focusin", onFocus);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("click", onClick, { capture: true });
      document.removeEventListener("focusin", onFocus);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  const choose = (language: Language) => {
    setOpen(false);
    toggle.current?.focus();
    void changeLanguage(language);
  };

  return (
    <div ref={container} className="usa-language-container usa-language--small haven-language">
      <ul className="usa-language__primary usa-accordion">
        <li className="usa-language__primary-item">
          <button
            ref={toggle}
            type="button"
            className="usa-button usa-language__link"
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setOpen((value) => !value)}
          >
            <span className="usa-sr-only">{t("app.language")}: </span>
            <span lang={current}>{currentName}</span>
          </button>
          <ul id={listId} className="usa-language__submenu" hidden={!open}>
            {LANGUAGES.map((language) => (
              <li key={language.code} className="usa-language__submenu-item">
                <button
                  type="button"
                  lang={language.code}
                  aria-current={language.code === current ? "true" : undefined}
                  onClick={() => choose(language.code)}
                >
                  {language.name}
                </button>
              </li>
            ))}
          </ul>
        </li>
      </ul>
    </div>
  );
}
