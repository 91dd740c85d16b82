import { describe, expect, it } from "vitest";
import type { Decision } from "../core/decision.ts";
import { type CaseState, type CommandInput, pathway } from "../pathway.ts";
import { given, history, run, step } from "../testing/kit.ts";
import { PERSONAL_PROPERTY } from "./rules.ts";

const refusalOf = (decision: Decision) => (decision.ok ? null : decision.refusal);

/** Encountered at San Ysidro on 2023-06-01, processed for a Notice to Appear: in CBP custody. */
const atThePort = [
  step("2023-05-20T09:00:00Z", "system", {
    type: "OpenCase",
    personId: "person-1",
    nationality: "RU",
    arrivedAt: null,
  }),
  step("2023-06-01T13:00:00Z", "cbp", {
    type: "RecordEncounter",
    place: "San Ysidro port of entry",
    port: "san_ysidro",
    viaAppointment: true,
  }),
  step("2023-06-01T14:00:00Z", "cbp", { type: "ProcessUnderTitle8", pathway: "section_240" }),
];

const passport: CommandInput = {
  type: "RecordPropertyTaken",
  kind: "passport",
  description: "Russian passport 75 1234567",
};
const medication: CommandInput = {
  type: "RecordPropertyTaken",
  kind: "medication",
  description: "Insulin glargine, 3 pens",
};
const cash: CommandInput = {
  type: "RecordPropertyTaken",
  kind: "money",
  description: "Cash",
  amountCents: 48_000,
  currency: "USD",
};

function stateAfter(...steps: ReturnType<typeof step>[]): CaseState {
  const result = run([...atThePort, ...steps], "case-1");
  if (!result.ok) throw new Error(`step ${result.failedAt}: ${result.refusal.message}`);
  return result.state;
}

/** The passport, the medication and the cash (PR-001 to PR-003), taken by CBP at 15:00. */
const takenSteps = [passport, medication, cash].map((command) =>
  step("2023-06-01T15:00:00Z", "account:cbp-1", command),
);

describe("property: what CBP takes at the port gets a receipt (CBP TEDS 2015)", () => {
  it("gives each item the case's next receipt number, held by CBP at the port", () => {
    expect(given(history(atThePort)).when(passport, "2023-06-01T15:00:00Z")).toEqual({
      ok: true,
      events: [
        {
          type: "PropertyTaken",
          data: {
            receiptNumber: "PR-001",
            kind: "passport",
            description: "Russian passport 75 1234567",
            amountCents: null,
            currency: null,
            heldBy: "cbp",
          },
        },
      ],
    });
    expect(
      given(history([...atThePort, ...takenSteps.slice(0, 2)])).when(cash, "2023-06-01T15:00:00Z"),
    ).toEqual({
      ok: true,
      events: [
        {
          type: "PropertyTaken",
          data: {
            receiptNumber: "PR-003",
            kind: "money",
            description: "Cash",
            amountCents: 48_000,
            currency: "USD",
            heldBy: "cbp",
          },
        },
      ],
    });
    const more = stateAfter(
      ...takenSteps,
      step("2023-06-01T16:00:00Z", "account:cbp-1", {
        type: "RecordPropertyTaken",
        kind: "religious_item",
        description: "Orthodox cross on a chain",
      }),
    );
    expect(more.property.items.map((item) => item.receiptNumber)).toEqual([
      "PR-001",
      "PR-002",
      "PR-003",
      "PR-004",
    ]);
    expect(more.property.items[0]?.record).toEqual([
      {
        action: "taken",
        at: "2023-06-01T15:00:00Z",
        by: "account:cbp-1",
        to: "cbp",
        reason: null,
      },
    ]);
  });

  it("refuses money without its amount, an amount on anything else, and a person not in custody", () => {
    const atPort = given(history(atThePort));
    expect(
      refusalOf(
        atPort.when({
          type: "RecordPropertyTaken",
          kind: "money",
          description: "Cash",
          amountCents: 10_000,
        }),
      ),
    ).toEqual({
      rule: "property.money.amount-required",
      citation: PERSONAL_PROPERTY,
      message: "The item is money: the receipt must give its amount and currency.",
      field: "amountCents",
    });
    expect(
      refusalOf(
        atPort.when({
          type: "RecordPropertyTaken",
          kind: "phone",
          description: "Phone",
          amountCents: 1,
          currency: "USD",
        }),
      ),
    ).toEqual({
      rule: "property.money.amount-only-for-money",
      citation: PERSONAL_PROPERTY,
      message: "The item is not money: it takes no amount or currency.",
      field: "amountCents",
    });
    expect(refusalOf(given(history(atThePort.slice(0, 1))).when(passport))).toEqual({
      rule: "property.not-in-custody",
      citation: PERSONAL_PROPERTY,
      message:
        'The person is not in CBP or ICE custody (custody is "in_mexico"): property is taken only from a person in custody.',
    });
  });
});

describe("property: the ledger follows the person, and every item leaves it on the record", () => {
  const detained = step("2023-06-02T18:00:00Z", "account:ice-1", {
    type: "DetainAtFacility",
    facilityId: "otay-mesa-detention-center",
  });
  const transferred = step("2023-06-10T18:00:00Z", "account:ice-2", {
    type: "TransferToFacility",
    facilityId: "adelanto-ice-processing-center",
  });

  it("moves the held items with the person to the facility and on transfer (CBP TEDS 2015, 2.10)", () => {
    const state = stateAfter(
      ...takenSteps,
      step("2023-06-02T15:00:00Z", "account:cbp-1", {
        type: "ReturnProperty",
        receiptNumbers: ["pr-002"],
      }),
      detained,
      transferred,
    );
    const [passport, medication, money] = state.property.items;
    expect(passport?.heldBy).toBe("adelanto-ice-processing-center");
    expect(passport?.record.map((entry) => [entry.action, entry.by, entry.to])).toEqual([
      ["taken", "account:cbp-1", "cbp"],
      ["moved", "account:ice-1", "otay-mesa-detention-center"],
      ["moved", "account:ice-2", "adelanto-ice-processing-center"],
    ]);
    expect(money?.heldBy).toBe("adelanto-ice-processing-center");
    // Returned before the move, the medication stays returned.
    expect(medication).toMatchObject({ status: "returned", heldBy: null });
    expect(medication?.record).toHaveLength(2);
  });

  it("takes property at a facility as held there, and hands items on with who took them", () => {
    const state = stateAfter(
      detained,
      step("2023-06-02T19:00:00Z", "account:ice-1", {
        type: "RecordPropertyTaken",
        kind: "phone",
        description: "Samsung phone",
      }),
      step("2023-06-03T15:00:00Z", "account:ice-1", {
        type: "HandOnProperty",
        receiptNumbers: ["PR-001"],
        to: "representative",
        recipient: "The person's attorney, Jennifer Scarborough",
      }),
    );
    expect(state.property.items[0]).toMatchObject({
      status: "handed_on",
      heldBy: null,
      record: [
        { action: "taken", to: "otay-mesa-detention-center" },
        {
          action: "handed_on",
          at: "2023-06-03T15:00:00Z",
          by: "account:ice-1",
          to: "representative: The person's attorney, Jennifer Scarborough",
        },
      ],
    });
  });

  it("keeps an item handed on to ICE at a facility held for the person there", () => {
    const state = stateAfter(
      ...takenSteps,
      step("2023-06-02T15:00:00Z", "account:cbp-1", {
        type: "HandOnProperty",
        receiptNumbers: ["PR-001"],
        to: "ice_facility",
        recipient: "otay-mesa-detention-center",
      }),
    );
    expect(state.property.items[0]).toMatchObject({
      status: "held",
      heldBy: "otay-mesa-detention-center",
    });
    expect(state.property.items[0]?.record.at(-1)).toEqual({
      action: "moved",
      at: "2023-06-02T15:00:00Z",
      by: "account:cbp-1",
      to: "otay-mesa-detention-center",
      reason: null,
    });
  });

  it("disposes of an item only with a reason, and keeps who, when and why", () => {
    const events = history([...atThePort, ...takenSteps]);
    expect(
      refusalOf(
        given(events).when({ type: "DisposeOfProperty", receiptNumbers: ["PR-002"], reason: " " }),
      ),
    ).toEqual({
      rule: "property.dispose.reason-required",
      citation: PERSONAL_PROPERTY,
      message: "Nothing is disposed of without the reason on the record.",
      field: "reason",
    });
    const reason = "The pens had frozen and spoiled; the person was told and agreed.";
    const decision = given(events).when(
      { type: "DisposeOfProperty", receiptNumbers: ["PR-002"], reason },
      "2023-06-02T10:00:00Z",
    );
    expect(decision).toEqual({
      ok: true,
      events: [
        { type: "PropertyDisposedOf", data: { receiptNumbers: ["PR-002"], reason }, reason },
      ],
    });
    const state = stateAfter(
      ...takenSteps,
      step("2023-06-02T10:00:00Z", "account:cbp-2", {
        type: "DisposeOfProperty",
        receiptNumbers: ["PR-002"],
        reason,
      }),
    );
    expect(state.property.items[1]).toMatchObject({
      status: "disposed",
      record: [
        { action: "taken" },
        { action: "disposed", at: "2023-06-02T10:00:00Z", by: "account:cbp-2", reason },
      ],
    });
  });

  it("refuses an unknown receipt and an item no longer held", () => {
    const events = history([
      ...atThePort,
      ...takenSteps,
      step("2023-06-02T15:00:00Z", "cbp", { type: "ReturnProperty", receiptNumbers: ["PR-001"] }),
    ]);
    expect(
      refusalOf(given(events).when({ type: "ReturnProperty", receiptNumbers: ["PR-009"] })),
    ).toEqual({
      rule: "property.receipt-unknown",
      citation: PERSONAL_PROPERTY,
      message: "No item with the receipt number PR-009 is in this case's property ledger.",
      field: "receiptNumbers",
    });
    const later: CommandInput[] = [
      { type: "ReturnProperty", receiptNumbers: ["PR-003", "PR-001"] },
      { type: "HandOnProperty", receiptNumbers: ["PR-001"], to: "consulate", recipient: "x" },
      { type: "DisposeOfProperty", receiptNumbers: ["PR-001"], reason: "lost" },
    ];
    for (const command of later) {
      expect(refusalOf(given(events).when(command))).toEqual({
        rule: "property.not-held",
        citation: PERSONAL_PROPERTY,
        message:
          "Item PR-001 is no longer held: it was returned to the person on 2023-06-02T15:00:00Z.",
        field: "receiptNumbers",
      });
    }
  });

  it("puts the return of what is still held on the holder's worklist once the person is released", () => {
    const release = step("2023-06-05T15:00:00Z", "account:ice-1", {
      type: "ReleaseOnRecognizance",
      conditions: null,
    });
    const fromPort = stateAfter(...takenSteps, release);
    expect(fromPort.custody).toBe("released_recognizance");
    expect(pathway.worklist(fromPort, [])).toContainEqual({
      item: "property.return-cbp",
      role: "cbp_officer",
      post: { kind: "port", id: "san_ysidro" },
      dueAt: null,
      ruleId: null,
    });
    const fromFacility = stateAfter(...takenSteps, detained, release);
    const work = pathway.worklist(fromFacility, []);
    expect(work.filter((item) => item.item.startsWith("property."))).toEqual([
      {
        item: "property.return-ice",
        role: "ice_officer",
        post: { kind: "facility", id: "otay-mesa-detention-center" },
        dueAt: null,
        ruleId: null,
      },
    ]);
    // Nothing is on the worklist while the person is in custody, or once every item is returned.
    expect(
      pathway
        .worklist(stateAfter(...takenSteps), [])
        .some((item) => item.item.startsWith("property.")),
    ).toBe(false);
    const returned = stateAfter(
      ...takenSteps,
      release,
      step("2023-06-05T16:00:00Z", "account:cbp-1", {
        type: "ReturnProperty",
        receiptNumbers: ["PR-001", "PR-002", "PR-003"],
      }),
    );
    expect(pathway.worklist(returned, []).some((item) => item.item.startsWith("property."))).toBe(
      false,
    );
  });
});

describe("an empty ledger", () => {
  it("bars returning, handing on and disposing of anything, whatever receipt is typed, naming no field", () => {
    for (const command of [
      { type: "ReturnProperty", receiptNumbers: ["PR-001"] },
      { type: "HandOnProperty", receiptNumbers: ["PR-001"], to: "consulate", recipient: "x" },
      { type: "DisposeOfProperty", receiptNumbers: ["PR-001"], reason: "Spoiled" },
    ] as CommandInput[]) {
      const refused = refusalOf(given(history(atThePort)).when(command));
      expect(refused, command.type).toMatchObject({ rule: "property.none-held" });
      expect(refused?.field, command.type).toBeUndefined();
    }
  });
});
