import { describe, expect, it } from "vitest";
import type { PublishedDraw } from "../lotteryApi.ts";
import { summarizeDraw } from "./drawSummary.ts";

const draw: PublishedDraw = {
  format: "haven-lottery/v2",
  date: "2023-06-01",
  round: 1,
  parameters: { longestWaitingSharePercent: 20, waitingThresholdDays: 60 },
  capacities: [
    { port: "el_paso", places: 5 },
    { port: "san_ysidro", places: 3 },
  ],
  operator: "operator",
  commitments: [],
  reveals: [],
  unrevealed: [],
  status: "drawn",
  finalSeed: "",
  requestsDigest: "",
  requests: [
    { id: "18d3", groupSize: 1, waitingDays: 40, preferredPorts: ["san_ysidro"] },
    { id: "5e10", groupSize: 1, waitingDays: 90, preferredPorts: ["el_paso"] },
    { id: "c41d", groupSize: 4, waitingDays: 75, preferredPorts: ["el_paso"] },
    { id: "e3c7", groupSize: 3, waitingDays: 12, preferredPorts: ["san_ysidro"] },
    { id: "f06a", groupSize: 2, waitingDays: 61, preferredPorts: ["san_ysidro"] },
  ],
  allocation: [
    { requestId: "5e10", port: "el_paso", slot: 0, phase: "longest-waiting" },
    { requestId: "18d3", port: "san_ysidro", slot: 0, phase: "general" },
    { requestId: "c41d", port: "el_paso", slot: 1, phase: "general" },
    { requestId: "f06a", port: "san_ysidro", slot: 1, phase: "general" },
  ],
  terms: {
    signed: {
      statement: "haven-lottery/v2/terms",
      day: "2023-06-01",
      round: 1,
      operator: "operator",
      commitments: [],
      capacities: [
        { port: "el_paso", places: 5 },
        { port: "san_ysidro", places: 3 },
      ],
      parameters: { longestWaitingSharePercent: 20, waitingThresholdDays: 60 },
      requestsDigest: "",
      requestCount: 5,
      frozenAt: "2023-06-02T04:00:00.000Z",
      revealsUntil: "2023-06-02T04:30:00.000Z",
    },
    keyId: "",
    signature: "",
  },
  termsHash: "",
  receipts: [],
};

describe("summarizeDraw", () => {
  it("counts requests, people and the places given at each port", () => {
    expect(summarizeDraw(draw)).toEqual({
      requests: 5,
      people: 11,
      places: 8,
      groupsDrawn: 4,
      peopleDrawn: 8,
      ports: [
        { port: "el_paso", places: 5, given: 5, groups: 2 },
        { port: "san_ysidro", places: 3, given: 3, groups: 2 },
      ],
    });
  });
});
