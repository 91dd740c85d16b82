import type { MailMessage } from "../../platform/mail/mailer.ts";

interface Texts {
  subject: string;
  refused: (reason: string) => string;
}

// The decision only, never names: the message may be read on a shared phone.
const texts: Record<string, Texts> = {
  en: {
    subject: "Your registration for an appointment has been checked",
    refused: (reason) =>
      `An officer has checked your registration and refused it.\n\nThe officer's reason: ${reason}\n\nYour appointments page shows this decision. Haven never asks for a fee.\n`,
  },
  es: {
    subject: "Su registro para una cita ha sido revisado",
    refused: (reason) =>
      `Un oficial revisó su registro y lo rechazó.\n\nMotivo del oficial: ${reason}\n\nSu página de citas muestra esta decisión. Haven nunca cobra.\n`,
  },
  ru: {
    subject: "Ваша регистрация на запись проверена",
    refused: (reason) =>
      `Сотрудник проверил вашу регистрацию и отклонил её.\n\nПричина, указанная сотрудником: ${reason}\n\nЭто решение показано на странице записей. Haven никогда не берёт плату.\n`,
  },
  uk: {
    subject: "Вашу реєстрацію на запис перевірено",
    refused: (reason) =>
      `Співробітник перевірив вашу реєстрацію і відхилив її.\n\nПричина, яку вказав співробітник: ${reason}\n\nЦе рішення показано на сторінці записів. Haven ніколи не бере плату.\n`,
  },
  ht: {
    subject: "Yo verifye enskripsyon ou pou yon randevou",
    refused: (reason) =>
      `Yon ofisye verifye enskripsyon ou epi li refize l.\n\nRezon ofisye a: ${reason}\n\nPaj randevou ou montre desizyon sa a. Haven pa janm mande lajan.\n`,
  },
  pt: {
    subject: "Seu registro para agendamento foi verificado",
    refused: (reason) =>
      `Um oficial verificou seu registro e o recusou.\n\nMotivo do oficial: ${reason}\n\nSua página de agendamentos mostra esta decisão. O Haven nunca cobra taxas.\n`,
  },
};

/**
 * The applicant's notice of an officer's refusal, in their language. An acceptance sends none:
 * the registration was active all along, and a notice would tell that it had been held.
 */
export function reviewDecisionMail(to: string, language: string, reason: string): MailMessage {
  const chosen = texts[language] ?? (texts.en as Texts);
  return { to, subject: chosen.subject, text: chosen.refused(reason) };
}
