import { type ZodType, z } from "zod";
import type { DecideContext } from "../core/decision.ts";
import type { CommandSchema, Pathway } from "../core/pathway/index.ts";
import type { Refusal } from "../core/refusal.ts";
import type { ActionForm, FormField } from "./schemas.ts";

type JsonSchema = {
  type?: string;
  enum?: string[];
  anyOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  examples?: Record<string, unknown>[];
  items?: JsonSchema;
};

const COUNTRY = "^[A-Z]{2}$";

function fieldOf(name: string, schema: JsonSchema, required: boolean): FormField {
  const choices = schema.anyOf?.filter((part) => part.type !== "null") ?? [schema];
  const nullable = schema.anyOf?.some((part) => part.type === "null") ?? false;
  const inner = choices[0] ?? {};
  const common = { name, required: required && !nullable, nullable };
  if (inner.enum) return { ...common, kind: "choice", options: inner.enum };
  if (inner.type === "boolean") return { ...common, kind: "boolean" };
  if (inner.type === "integer" || inner.type === "number") {
    return {
      ...common,
      kind: name.endsWith("Cents") ? "money" : "integer",
      min: inner.minimum ?? null,
    };
  }
  if (name === "slotId") return { ...common, kind: "hearingSlot" };
  if (inner.format === "date-time") return { ...common, kind: "instant" };
  if (inner.format === "date") return { ...common, kind: "day" };
  if (inner.pattern === COUNTRY) return { ...common, kind: "country" };
  if (inner.type === "array") {
    const options = inner.items?.enum;
    if (options) return { ...common, kind: "choices", options };
    return { ...common, kind: "list", maxLength: inner.items?.maxLength ?? null };
  }
  const maxLength = inner.maxLength ?? null;
  return {
    ...common,
    kind: maxLength !== null && maxLength > 200 ? "longText" : "text",
    maxLength,
  };
}

const forms = new WeakMap<CommandSchema, ActionForm>();

/** A command's form, from the same schema the command route parses with. */
export function actionForm(schema: CommandSchema): ActionForm {
  const known = forms.get(schema);
  if (known) return known;
  const json = z.toJSONSchema(schema as ZodType, {
    io: "input",
    unrepresentable: "any",
  }) as JsonSchema;
  const required = new Set(json.required ?? []);
  const form: ActionForm = {
    type: schema.shape.type.value,
    fields: Object.entries(json.properties ?? {})
      .filter(([name]) => name !== "type")
      .map(([name, field]) => fieldOf(name, field, required.has(name))),
  };
  forms.set(schema, form);
  return form;
}

export type Availability = { available: true } | { available: false; refusal: Refusal };

/**
 * Whether a command can be run on the case now, from the process model: the command's own
 * example is decided on the case's state (the transition table, the area's decider and the
 * due-process guard). A refusal that names a field depends on what the user enters, so the
 * command is offered; one that names none holds whatever is entered, and is shown with its rule.
 */
export function availability(
  pathway: Pathway,
  state: object,
  schema: CommandSchema,
  context: DecideContext,
): Availability {
  const example = schema.safeParse((schema.meta()?.examples as unknown[] | undefined)?.[0]);
  if (!example.success) return { available: true };
  const decision = pathway.decide(state as never, example.data, context);
  if (decision.ok || decision.refusal.field) return { available: true };
  return { available: false, refusal: decision.refusal };
}

/** The commands a role may run on a case (the role table), each with whether it can run now. */
export function caseActions(
  pathway: Pathway,
  state: { opened: boolean },
  role: string,
  context: DecideContext,
) {
  return pathway.commandSchemas
    .filter((schema) => {
      const type = schema.shape.type.value;
      return (
        pathway.commandRoles[type]?.includes(role) && !(state.opened && opensCase(pathway, type))
      );
    })
    .map((schema) => ({
      ...actionForm(schema),
      area: pathway.commandArea(schema.shape.type.value) ?? "",
      ...availability(pathway, state, schema, context),
    }));
}

function opensCase(pathway: Pathway, type: string): boolean {
  return pathway.areas.some((area) => area.commands?.opensCase?.includes(type));
}
