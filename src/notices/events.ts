import { z } from "zod";
import type { EventHandlers } from "../core/pathway/index.ts";
import { type NoticesView, noticeKinds } from "./state.ts";

/** Events of the notices area (past tense). */
export const noticesEvents = {
  NoticeDelivered: z
    .object({
      noticeId: z.string().describe("The notice delivered."),
      kind: z.enum(noticeKinds),
      channel: z.enum(["email", "postal"]),
      address: z
        .string()
        .describe("The postal address (as it was when the notice was made) or e-mail address."),
      deliveredAt: z
        .string()
        .describe("The day it was posted (YYYY-MM-DD) or the instant the mail server took it."),
      hearing: z
        .object({ hearingId: z.string(), at: z.string() })
        .nullable()
        .describe("For a hearing notice: the hearing and the time it named."),
    })
    .describe(
      "A notice reached the person: mailed to their address (INA 239(c)) or accepted for their e-mail.",
    ),
};

export type NoticesEventData = {
  [Type in keyof typeof noticesEvents]: z.infer<(typeof noticesEvents)[Type]>;
};

export const noticesHandlers: EventHandlers<NoticesView, NoticesEventData> = {
  NoticeDelivered: (state, data) => ({
    ...state,
    noticeDeliveries: [...state.noticeDeliveries, data],
  }),
};
