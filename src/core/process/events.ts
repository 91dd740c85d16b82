/** Every event type of a case, assembled from the areas that own them. */
import {
  type AppointmentsEventData,
  appointmentsEventTypes,
  appointmentsFacts,
} from "../../appointments/events.ts";
import { type CourtEventData, courtEventTypes, courtFacts } from "../../court/events.ts";
import { type CustodyEventData, custodyEventTypes, custodyFacts } from "../../custody/events.ts";
import {
  type EncountersEventData,
  encountersEventTypes,
  encountersFacts,
} from "../../encounters/events.ts";
import { type PeopleEventData, peopleEventTypes, peopleFacts } from "../../people/events.ts";
import {
  type ProtectionEventData,
  protectionEventTypes,
  protectionFacts,
} from "../../protection/events.ts";
import { type RemovalEventData, removalEventTypes, removalFacts } from "../../removal/events.ts";
import type { PendingEvent } from "../caseLog.ts";
import type { FactEvolvers } from "./eventKit.ts";

export type EventDataMap = PeopleEventData &
  AppointmentsEventData &
  EncountersEventData &
  CustodyEventData &
  ProtectionEventData &
  CourtEventData &
  RemovalEventData;

export type EventType = keyof EventDataMap;

export const eventTypes: readonly EventType[] = [
  ...peopleEventTypes,
  ...appointmentsEventTypes,
  ...encountersEventTypes,
  ...custodyEventTypes,
  ...protectionEventTypes,
  ...courtEventTypes,
  ...removalEventTypes,
];

export const factEvolvers: FactEvolvers<EventDataMap> = {
  ...peopleFacts,
  ...appointmentsFacts,
  ...encountersFacts,
  ...custodyFacts,
  ...protectionFacts,
  ...courtFacts,
  ...removalFacts,
};

export function isEventType(type: string): type is EventType {
  return Object.hasOwn(factEvolvers, type);
}

/** A pending event whose data is checked against its type. */
export function pending<Type extends EventType>(
  type: Type,
  data: EventDataMap[Type],
  reason?: string,
): PendingEvent<Type, EventDataMap[Type]> {
  return reason === undefined ? { type, data } : { type, data, reason };
}
