import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { navigate } from "../routing/navigation.ts";

export function searchPath(q: string): string {
  return `/search?q=${encodeURIComponent(q)}`;
}

/** One box for a name in either script, an A-number or a case reference. */
export function SearchForm({ initial = "" }: { initial?: string }) {
  const { t } = useTranslation();
  const [q, setQ] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (q.trim().length >= 2) navigate(searchPath(q.trim()));
  };
  return (
    <search className="haven-search">
      <form className="haven-search__form" onSubmit={submit}>
        <label className="usa-label" htmlFor="case-search">
          {t("workspace.search.label")}
        </label>
        <input
          className="usa-input"
          id="case-search"
          type="search"
          name="q"
          value={q}
          minLength={2}
          maxLength={200}
          placeholder={t("workspace.search.placeholder")}
          aria-describedby="case-search-hint"
          onChange={(event) => setQ(event.target.value)}
        />
        <button className="usa-button haven-search__submit" type="submit">
          {t("workspace.search.submit")}
        </button>
      </form>
      <p className="usa-hint" id="case-search-hint">
        {t("workspace.search.hint")}
      </p>
    </search>
  );
}
