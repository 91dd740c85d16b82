import type { MailMessage } from "../../platform/mail/mailer.ts";

interface Texts {
  subject: string;
  accepted: string;
  refused: (reason: string) => string;
}

// The decision only, never names: the message may be read on a shared phone.
const texts: Record<string, Texts> = {
  en: {
    subject: "Your registration for an appointment has been checked",
    accepted:
      "An officer has checked your registration and it is now active. You can ask for a place in the current request window on your appointments page.\n\nHaven never asks for a fee.\n",
    refused: (reason) =>
      `An officer has checked your registration and refused it.\n\nThe officer's reason: ${reason}\n\nYour appointments page shows this decision. Haven never asks for a fee.\n`,
  },
  es: {
    subject: "Su registro para una cita ha sido revisado",
    accepted:
      "Un oficial revisó su registro y ya está activo. Puede pedir un lugar en el periodo de solicitudes actual en su página de citas.\n\nHaven nunca cobra.\n",
    refused: (reason) =>
      `Un oficial revisó su registro y lo rechazó.\n\nMotivo del oficial: ${reason}\n\nSu página de citas muestra esta decisión. Haven nunca cobra.\n`,
  },
  ru: {
    subject: "Ваша регистрация на запись проверена",
    accepted:
      "Сотрудник проверил вашу регистрацию, теперь она действует. Вы можете попросить место в текущем окне заявок на странице записей.\n\nHaven никогда не берёт плату.\n",
    refused: (reason) =>
      `Сотрудник проверил вашу регистрацию и отклонил её.\n\nПричина, указанная сотрудником: ${reason}\n\nЭто решение показано на странице записей. Haven никогда не берёт плату.\n`,
  },
  uk: {
    subject: "Вашу реєстрацію на запис перевірено",
    accepted:
      "Співробітник перевірив вашу реєстрацію, тепер вона діє. Ви можете попросити місце в поточному вікні заявок на сторінці записів.\n\nHaven ніколи не бере плату.\n",
    refused: (reason) =>
      `Співробітник перевірив вашу реєстрацію і відхилив її.\n\nПричина, яку вказав співробітник: ${reason}\n\nЦе рішення показано на сторінці записів. Haven ніколи не бере плату.\n`,
  },
  ht: {
    subject: "Yo verifye enskripsyon ou pou yon randevou",
    accepted:
      "Yon ofisye verifye enskripsyon ou, kounye a li aktif. Ou ka mande yon plas nan fenèt demann kounye a sou paj randevou ou.\n\nHaven pa janm mande lajan.\n",
    refused: (reason) =>
      `Yon ofisye verifye enskripsyon ou epi li refize l.\n\nRezon ofisye a: ${reason}\n\nPaj randevou ou montre desizyon sa a. Haven pa janm mande lajan.\n`,
  },
  pt: {
    subject: "Seu registro para agendamento foi verificado",
    accepted:
      "Um oficial verificou seu registro e ele agora está ativo. Você pode pedir uma vaga no período de pedidos atual na sua página de agendamentos.\n\nO Haven nunca cobra taxas.\n",
    refused: (reason) =>
      `Um oficial verificou seu registro e o recusou.\n\nMotivo do oficial: ${reason}\n\nSua página de agendamentos mostra esta decisão. O Haven nunca cobra taxas.\n`,
  },
};

/** The applicant's notice of an officer's decision on a held registration, in their language. */
export function reviewDecisionMail(
  to: string,
  language: string,
  decision: "accepted" | "refused",
  reason: string,
): MailMessage {
  const chosen = texts[language] ?? (texts.en as Texts);
  return {
    to,
    subject: chosen.subject,
    text: decision === "accepted" ? chosen.accepted : chosen.refused(reason),
  };
}
