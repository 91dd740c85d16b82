import type { TFunction } from "i18next";
import { detentionFacilities } from "../../../src/custody/facilities.ts";
import { type Catalogue, en } from "../i18n/english.ts";
import { portName } from "../i18n/ports.ts";

type Texts = Catalogue["command"];
type TitleKey = `command.${keyof Texts & string}.title`;
type FieldKey = `commandField.${keyof Catalogue["commandField"] & string}`;
type OptionKey = `commandOption.${string}`;

/** A command's name as an action ("Set a bond"); a type this version does not know, as it is. */
export function commandTitle(t: TFunction, type: string): string {
  return Object.hasOwn(en.command, type) ? t(`command.${type}.title` as TitleKey) : type;
}

/** What the command records, in a sentence, when the catalogue has one. */
export function commandHelp(t: TFunction, type: string): string | null {
  const texts = (en.command as Record<string, { help?: string }>)[type];
  return texts?.help ? t(`command.${type}.help` as TitleKey) : null;
}

/** A field's label: the command's own for it when the shared one would mislead, else shared. */
export function fieldLabel(t: TFunction, name: string, type?: string): string {
  const own = type
    ? (en.command as Record<string, { fields?: Record<string, string> }>)[type]?.fields
    : undefined;
  if (own && Object.hasOwn(own, name)) return t(`command.${type}.fields.${name}` as never);
  return Object.hasOwn(en.commandField, name) ? t(`commandField.${name}` as FieldKey) : name;
}

/** A choice's words: facilities and ports by their own names, other values from the catalogue. */
export function optionLabel(t: TFunction, field: string, value: string): string {
  if (field === "facilityId") {
    const facility = detentionFacilities.find((entry) => entry.id === value);
    return facility ? `${facility.name}, ${facility.state}` : value;
  }
  if (field === "port") return portName(value);
  const options = (en.commandOption as Record<string, Record<string, string>>)[field];
  return options && Object.hasOwn(options, value)
    ? t(`commandOption.${field}.${value}` as OptionKey as never)
    : value;
}
