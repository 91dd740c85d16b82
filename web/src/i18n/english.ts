import accounts from "../accounts/texts/en.json" with { type: "json" };
import appointments from "../appointments/texts/en.json" with { type: "json" };
import cases from "../cases/texts/en.json" with { type: "json" };
import commands from "../commands/texts/en.json" with { type: "json" };
import court from "../court/texts/en.json" with { type: "json" };
import encounters from "../encounters/texts/en.json" with { type: "json" };
import home from "../home/texts/en.json" with { type: "json" };
import locator from "../locator/texts/en.json" with { type: "json" };
import notices from "../notices/texts/en.json" with { type: "json" };
import removal from "../removal/texts/en.json" with { type: "json" };
import workspace from "../workspace/texts/en.json" with { type: "json" };
import shared from "./texts/en.json" with { type: "json" };

/**
 * The English texts of each folder that has some (`<folder>/texts/en.json`), by folder: the
 * shared ones here, each area's beside its pages. No two parts hold the same namespace.
 */
export const englishParts = {
  i18n: shared,
  accounts,
  appointments,
  cases,
  commands,
  court,
  encounters,
  home,
  locator,
  notices,
  removal,
  workspace,
};

/** The English catalogue: the fallback, always loaded, and the shape every catalogue has. */
export const en = {
  ...shared,
  ...accounts,
  ...appointments,
  ...cases,
  ...commands,
  ...court,
  ...encounters,
  ...home,
  ...locator,
  ...notices,
  ...removal,
  ...workspace,
};

export type Catalogue = typeof en;
