import type { FastifyRequest } from "fastify";
import type { MailMessage } from "../../platform/mail/mailer.ts";
import type { Services } from "../../platform/services.ts";

/**
 * Sends a message whose record is committed. A failure is logged (by kind, never the address)
 * and does not undo the committed work; the person can ask again.
 */
export async function sendAfterCommit(
  services: Services,
  request: FastifyRequest,
  mail: MailMessage,
): Promise<boolean> {
  if (!services.mailer) {
    request.log.warn("no mailer is configured; a message was not sent");
    return false;
  }
  try {
    await services.mailer.send(mail);
    return true;
  } catch (error) {
    request.log.error(
      { err: { name: (error as Error).name, code: (error as { code?: string }).code } },
      "sending mail failed",
    );
    return false;
  }
}
