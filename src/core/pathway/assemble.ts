import { type ZodType, z } from "zod";
import { type CaseEvent, type Projection, sequence } from "../caseLog.ts";
import { type DeadlineEngine, deadlineEngine } from "../deadlines/compute.ts";
import type { Clocks, Deadline, DeadlineClock, DeadlineRule } from "../deadlines/types.ts";
import { type DecideContext, type Decision, refuse } from "../decision.ts";
import { refusal } from "../refusal.ts";
import { diagram } from "../regions/diagram.ts";
import { type TransitionTable, transitionTable } from "../regions/table.ts";
import type { Region } from "../regions/types.ts";
import type { Standard } from "../standards.ts";
import type {
  AreaDomain,
  CommandSchema,
  EventHandler,
  NextStep,
  RuleTable,
  WorkItem,
} from "./area.ts";

/** What the kernel keeps of every case, whatever its areas: whether its first event happened. */
export interface KernelState {
  opened: boolean;
}

/** A case's state as the kernel sees it: its own fields, and the areas' facts by name. */
export type AnyState = KernelState & Record<string, unknown>;
type State = AnyState;
type Handler = EventHandler<State, Record<string, unknown>>;

interface CommandEntry {
  area: string;
  schema: CommandSchema;
  decide: (state: State, command: { type: string }, context: DecideContext) => Decision;
  roles: readonly string[];
  opensCase: boolean;
}

/**
 * The process engine of a pathway: the areas' contributions assembled into one model. The
 * kernel imports no area; the composition root hands it the list.
 */
export interface Pathway<
  Context extends DecideContext = DecideContext,
  State extends KernelState = AnyState,
> {
  areas: readonly AreaDomain[];
  eventTypes: readonly string[];
  /** The data schema of each event type. */
  eventSchemas: Readonly<Record<string, ZodType>>;
  commandSchemas: readonly CommandSchema[];
  /** Every command a case accepts, told apart by `type`. */
  commandSchema: ZodType<{ type: string }>;
  commandTypes: readonly string[];
  /** The area that decides each command type. */
  commandArea: (type: string) => string | null;
  /** Who may run each command; a type not listed is refused to everyone. */
  commandRoles: Readonly<Record<string, readonly string[]>>;
  regions: readonly Region[];
  deadlineRules: readonly DeadlineRule[];
  deadlines: DeadlineEngine;
  standards: readonly Standard[];
  ruleTables: readonly RuleTable[];
  /** The case's state as it starts, and one step per event: stored as the case's state. */
  projection: Projection<State>;
  /** Decides a command on a case's state: refused, or the events it leads to. */
  decide: (state: State, command: { type: string }, context: Context) => Decision;
  /** Where the case stands, one word per region. */
  summarize: (state: State) => Record<string, string>;
  nextSteps: (state: State, deadlines: readonly Deadline[]) => NextStep[];
  worklist: (state: State, clocks: readonly DeadlineClock[]) => WorkItem[];
  /** The process model as a Mermaid state diagram. */
  diagram: () => string;
  /** A fold of events through the state and the clocks, as a store would keep them. */
  replay: (events: readonly CaseEvent[]) => { state: State; clocks: Clocks };
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}

function unique<T>(items: readonly T[], key: (item: T) => string, what: string): void {
  const seen = new Set<string>();
  for (const item of items) {
    const id = key(item);
    if (seen.has(id)) throw new Error(`${what} ${id} is declared twice`);
    seen.add(id);
  }
}

/**
 * Assembles the areas (in the order given, which is the order of regions, handlers and next
 * steps) into one process engine, and checks what can be checked once: every event type and
 * command declared once, every transition and deadline naming an event some area declares,
 * every command with its roles.
 */
export function assemblePathway<
  Context extends DecideContext = DecideContext,
  CaseState extends KernelState = AnyState,
>(areas: readonly AreaDomain[]): Pathway<Context, CaseState> {
  unique(areas, (area) => area.name, "area");
  const eventSchemas: Record<string, ZodType> = {};
  const handlers = new Map<string, Handler[]>();
  for (const area of areas) {
    for (const [type, schema] of Object.entries(area.events?.schemas ?? {})) {
      if (eventSchemas[type]) throw new Error(`event ${type} is declared twice`);
      eventSchemas[type] = schema;
    }
  }
  for (const area of areas) {
    for (const [type, handler] of Object.entries(area.events?.evolve ?? {})) {
      if (!handler) continue;
      if (!eventSchemas[type]) throw new Error(`${area.name} handles an unknown event ${type}`);
      handlers.set(type, [...(handlers.get(type) ?? []), handler as Handler]);
    }
  }
  const eventTypes = Object.keys(eventSchemas);
  const known = (type: string) => Object.hasOwn(eventSchemas, type);

  const commands = new Map<string, CommandEntry>();
  for (const area of areas) {
    const set = area.commands;
    if (!set) continue;
    for (const schema of set.schemas) {
      const type = schema.shape.type.value;
      if (commands.has(type)) throw new Error(`command ${type} is declared twice`);
      const roles = set.roles[type];
      if (!roles) throw new Error(`command ${type} of ${area.name} has no roles`);
      commands.set(type, {
        area: area.name,
        schema,
        decide: set.decide as CommandEntry["decide"],
        roles,
        opensCase: set.opensCase?.includes(type) ?? false,
      });
    }
  }
  const commandSchemas = [...commands.values()].map((entry) => entry.schema);

  const regions = areas.flatMap((area) => area.regions ?? []);
  unique(regions, (region) => region.name, "region");
  for (const region of regions) {
    for (const row of region.transitions) {
      if (!known(row.event)) throw new Error(`region ${region.name} names unknown ${row.event}`);
    }
  }
  const table: TransitionTable = transitionTable(regions);

  const deadlineRules = areas.flatMap((area) => area.deadlines ?? []);
  for (const rule of deadlineRules) {
    const named = [
      ...rule.startsOn,
      ...rule.stoppedBy,
      ...(rule.cancelledBy ?? []),
      ...[rule.countsFrom, rule.requiresPrior].filter(Boolean).map((type) => ({ type })),
    ];
    for (const trigger of named) {
      if (!known(trigger.type as string)) {
        throw new Error(`deadline ${rule.id} names unknown event ${String(trigger.type)}`);
      }
    }
  }
  const deadlines = deadlineEngine(deadlineRules);

  // Every fold starts from one frozen value: handlers return new objects and never change the
  // state they are given (a change would throw), so cases can share it.
  let firstValues: State = { opened: false };
  for (const area of areas) {
    firstValues = { ...firstValues, ...(area.facts?.() as Record<string, unknown>) };
  }
  deepFreeze(firstValues);
  const initial = (): State => firstValues;
  for (const region of regions) {
    if (!region.values.includes(firstValues[region.name] as string)) {
      throw new Error(`region ${region.name} starts outside its values`);
    }
  }

  const noHandlers: Handler[] = [];
  const evolve = (state: State, event: CaseEvent): State => {
    // An event type this version does not know (a newer writer) leaves the state as it is.
    if (!known(event.type)) return state;
    let next = table.apply(state, event.type, event.data) as State;
    for (const handler of handlers.get(event.type) ?? noHandlers) {
      next = handler(next, event.data, event);
    }
    return next.opened ? next : { ...next, opened: true };
  };

  const decide = (state: State, command: { type: string }, context: Context): Decision => {
    const entry = commands.get(command.type);
    if (!entry) {
      return refuse(
        refusal("case.unknown-command", "—", `Unknown command ${command.type}.`, "type"),
      );
    }
    if (entry.opensCase && state.opened) {
      return refuse(
        refusal(
          "case.already-opened",
          "design.md (one case per person)",
          "The case is already open.",
        ),
      );
    }
    if (!entry.opensCase && !state.opened) {
      return refuse(
        refusal(
          "case.not-opened",
          "design.md (the case log)",
          "The case has not been opened: open it first.",
        ),
      );
    }
    const decision = entry.decide(state, command, context);
    if (!decision.ok) return decision;
    // Each event is checked against the process model in order: all allowed, or nothing written.
    let current = state;
    const events = sequence("", 0, decision.events, {
      actor: context.actor,
      occurredAt: context.now,
    });
    for (const event of events) {
      const schema = eventSchemas[event.type];
      if (!schema) throw new Error(`${entry.area} decided an unknown event ${event.type}`);
      const checked = schema.safeParse(event.data);
      if (!checked.success) {
        throw new Error(`${entry.area} decided ${event.type} with data its schema refuses`);
      }
      const forbidden = table.check(current, event.type, event.data);
      if (forbidden) return refuse(forbidden);
      current = evolve(current, event);
    }
    return decision;
  };

  const summarize = (state: State): Record<string, string> =>
    Object.fromEntries(
      regions.map((region) => [
        region.name,
        region.summarize ? region.summarize(state) : String(state[region.name]),
      ]),
    );

  const nextSteps = (state: State, open: readonly Deadline[]): NextStep[] => {
    if (!state.opened) return [];
    const steps = areas.flatMap((area) => area.nextSteps?.(state, open) ?? []);
    const final = steps.filter((step) => step.final);
    return (final.length > 0 ? final : steps).map(({ key, params }) => ({ key, params }));
  };

  const worklist = (state: State, clocks: readonly DeadlineClock[]): WorkItem[] =>
    state.opened ? areas.flatMap((area) => area.worklist?.(state, clocks) ?? []) : [];

  const assembled: Pathway<Context> = {
    areas,
    eventTypes,
    eventSchemas,
    commandSchemas,
    commandSchema: z.discriminatedUnion(
      "type",
      commandSchemas as unknown as [CommandSchema, ...CommandSchema[]],
    ) as unknown as ZodType<{ type: string }>,
    commandTypes: [...commands.keys()],
    commandArea: (type) => commands.get(type)?.area ?? null,
    commandRoles: Object.fromEntries([...commands].map(([type, entry]) => [type, entry.roles])),
    regions,
    deadlineRules,
    deadlines,
    standards: areas.flatMap((area) => area.standards ?? []),
    ruleTables: areas.flatMap((area) => area.ruleTables ?? []),
    projection: { initial, evolve },
    decide,
    summarize,
    nextSteps,
    worklist,
    diagram: () => diagram(regions, firstValues),
    replay: (events) => {
      let state = initial();
      let clocks = deadlines.initial();
      for (const event of events) {
        state = evolve(state, event);
        clocks = deadlines.step(clocks, event);
      }
      return { state, clocks };
    },
  };
  // The areas' facts make up `CaseState`: the composition root names it from the same list.
  return assembled as unknown as Pathway<Context, CaseState>;
}
