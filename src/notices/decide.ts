import { z } from "zod";
import { accept, type Decision, eventMaker, refuse } from "../core/decision.ts";
import { refusal } from "../core/refusal.ts";
import { idSchema } from "../core/schemas.ts";
import type { PolicyContext } from "../policy/types.ts";
import type { NoticesEventData } from "./events.ts";
import { type NoticesFacts, noticeKinds } from "./state.ts";

const event = eventMaker<NoticesEventData>();

export const noticesCommandSchemas = [
  z
    .object({
      type: z.literal("RecordNoticeDelivery"),
      noticeId: idSchema.describe("The notice delivered."),
      kind: z.enum(noticeKinds).describe("What notice it is."),
      channel: z.enum(["email", "postal"]).describe("How it went: by e-mail or by post."),
      address: z
        .string()
        .min(1)
        .max(500)
        .describe("Where it went: the postal address as it was, or the e-mail address."),
      deliveredAt: z
        .string()
        .min(10)
        .max(40)
        .describe("The day it was posted (YYYY-MM-DD), or when the mail server took it."),
      hearing: z
        .object({ hearingId: idSchema, at: z.string().min(1).max(40) })
        .nullable()
        .default(null)
        .describe("For a hearing notice: the hearing and the time the notice named."),
    })
    .meta({
      description:
        "Put a notice's delivery on the case's record (INA 239(c)). Run by Haven itself when a mailing is recorded as posted or the mail server takes the e-mail; nobody runs it through the command route. Refused when that delivery is already on record.",
      examples: [
        {
          type: "RecordNoticeDelivery",
          noticeId: "5b0c4a52-4f8e-4b7a-9d51-0d5f3c2b8f10",
          kind: "hearing-notice",
          channel: "postal",
          address: "1200 J Street, Sacramento, CA 95814",
          deliveredAt: "2023-01-13",
          hearing: { hearingId: "h-2", at: "2023-02-01T16:00:00Z" },
        },
      ],
    }),
] as const;

export type NoticesCommand = z.infer<(typeof noticesCommandSchemas)[number]>;

/** The commands Haven runs itself, through the notices' delivery, never through the command route. */
export const noticeCommandTypes = ["RecordNoticeDelivery"] as const;

export function decideNotices(
  state: NoticesFacts,
  command: NoticesCommand,
  _context: PolicyContext,
): Decision {
  const { type: _type, ...data } = command;
  const recorded = state.noticeDeliveries.some(
    (delivery) => delivery.noticeId === data.noticeId && delivery.channel === data.channel,
  );
  if (recorded) {
    return refuse(
      refusal(
        "notices.delivery.already-recorded",
        "INA 239(c)",
        `The ${data.channel} delivery of notice ${data.noticeId} is already on record.`,
        "noticeId",
      ),
    );
  }
  return accept(event("NoticeDelivered", data));
}
