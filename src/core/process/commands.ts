import { z } from "zod";
import {
  type AppointmentsCommand,
  appointmentsCommandSchemas,
  decideAppointments,
} from "../../appointments/decide.ts";
import { type CourtCommand, courtCommandSchemas, decideCourt } from "../../court/decide.ts";
import { type CustodyCommand, custodyCommandSchemas, decideCustody } from "../../custody/decide.ts";
import {
  decideEncounters,
  type EncountersCommand,
  encountersCommandSchemas,
} from "../../encounters/decide.ts";
import { decidePeople, type PeopleCommand, peopleCommandSchemas } from "../../people/decide.ts";
import {
  decideProtection,
  type ProtectionCommand,
  protectionCommandSchemas,
} from "../../protection/decide.ts";
import { decideRemoval, type RemovalCommand, removalCommandSchemas } from "../../removal/decide.ts";
import type { DecideContext, Decision } from "./context.ts";
import type { CaseState } from "./state.ts";

/** Every command a case accepts, one zod schema each, told apart by `type`. */
export const commandSchema = z.discriminatedUnion("type", [
  ...peopleCommandSchemas,
  ...appointmentsCommandSchemas,
  ...encountersCommandSchemas,
  ...custodyCommandSchemas,
  ...protectionCommandSchemas,
  ...courtCommandSchemas,
  ...removalCommandSchemas,
]);

export type Command = z.infer<typeof commandSchema>;
/** A command as a caller writes it (defaults may be left out). */
export type CommandInput = z.input<typeof commandSchema>;
export type CommandType = Command["type"];

type AreaDecider = (state: CaseState, command: Command, context: DecideContext) => Decision;

function area<C>(
  schemas: readonly { shape: { type: { value: string } } }[],
  decider: (s: CaseState, c: C, x: DecideContext) => Decision,
) {
  return schemas.map(
    (schema) => [schema.shape.type.value, decider as unknown as AreaDecider] as const,
  );
}

/** Which area decides each command type. */
export const deciders: ReadonlyMap<string, AreaDecider> = new Map([
  ...area<PeopleCommand>(peopleCommandSchemas, decidePeople),
  ...area<AppointmentsCommand>(appointmentsCommandSchemas, decideAppointments),
  ...area<EncountersCommand>(encountersCommandSchemas, decideEncounters),
  ...area<CustodyCommand>(custodyCommandSchemas, decideCustody),
  ...area<ProtectionCommand>(protectionCommandSchemas, decideProtection),
  ...area<CourtCommand>(courtCommandSchemas, decideCourt),
  ...area<RemovalCommand>(removalCommandSchemas, decideRemoval),
]);

export const commandTypes: readonly string[] = [...deciders.keys()];
