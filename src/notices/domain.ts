import type { AreaDomain } from "../core/pathway/index.ts";
import type { Role } from "../platform/auth/roles.ts";
import type { PolicyContext } from "../policy/types.ts";
import { decideNotices, type NoticesCommand, noticesCommandSchemas } from "./decide.ts";
import { noticesEvents, noticesHandlers } from "./events.ts";
import { noticesFacts } from "./state.ts";

/**
 * Nobody runs RecordNoticeDelivery through the command route: Haven runs it when the mail server
 * takes a notice's e-mail, and when a clerk records a mailing posted (notices/routes.ts), with
 * the address and notice from the delivery's record, never from what a caller types.
 */
const BY_DELIVERY_ONLY: readonly Role[] = [];

const roles: Record<NoticesCommand["type"], readonly Role[]> = {
  RecordNoticeDelivery: BY_DELIVERY_ONLY,
};

/** Notices and their delivery to the person. */
export const noticesDomain = {
  name: "notices",
  facts: noticesFacts,
  events: { schemas: noticesEvents, evolve: noticesHandlers },
  commands: { schemas: noticesCommandSchemas, decide: decideNotices, roles },
} satisfies AreaDomain<PolicyContext>;
