/** The published record of a day's draw (docs/lottery.md, "The published record"). */
import { getJson } from "../api.ts";

export interface PublishedDraw {
  format: string;
  date: string;
  parameters: { longestWaitingSharePercent: number; waitingThresholdDays: number };
  capacities: { port: string; places: number }[];
  operator: string;
  commitments: { party: string; commitment: string }[];
  reveals: { party: string; seed: string }[];
  unrevealed: string[];
  status: "drawn" | "void";
  finalSeed: string;
  requestsDigest: string;
  requests: { id: string; groupSize: number; waitingDays: number; preferredPorts: string[] }[];
  allocation: { requestId: string; port: string; slot: number; phase: string }[];
}

export function getDraw(date: string, signal?: AbortSignal): Promise<PublishedDraw> {
  return getJson<PublishedDraw>(`/api/lottery/${encodeURIComponent(date)}`, signal);
}
