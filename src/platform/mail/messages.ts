import type { MailMessage } from "./mailer.ts";

/**
 * The account e-mails, in the recipient's language where a translation exists (English
 * otherwise). They carry a link and nothing about any case (8 CFR 208.6).
 */
type Texts = { subject: string; body: (link: string, hours: number) => string };

const reset: Record<string, Texts> = {
  en: {
    subject: "Reset your Haven password",
    body: (link, hours) =>
      `Someone asked to reset the password of your Haven account.\n\nTo choose a new password, open this link within ${hours} hour(s):\n${link}\n\nThe link works once. If you did not ask for this, ignore this message; your password stays as it is.\n`,
  },
  es: {
    subject: "Restablezca su contraseña de Haven",
    body: (link, hours) =>
      `Alguien pidió restablecer la contraseña de su cuenta de Haven.\n\nPara elegir una nueva contraseña, abra este enlace en las próximas ${hours} hora(s):\n${link}\n\nEl enlace funciona una sola vez. Si usted no lo pidió, ignore este mensaje; su contraseña no cambia.\n`,
  },
  ru: {
    subject: "Сброс пароля Haven",
    body: (link, hours) =>
      `Кто-то запросил сброс пароля вашей учётной записи Haven.\n\nЧтобы задать новый пароль, откройте эту ссылку в течение ${hours} ч.:\n${link}\n\nСсылка действует один раз. Если вы этого не запрашивали, просто проигнорируйте письмо; пароль останется прежним.\n`,
  },
  uk: {
    subject: "Скидання пароля Haven",
    body: (link, hours) =>
      `Хтось попросив скинути пароль вашого облікового запису Haven.\n\nЩоб задати новий пароль, відкрийте це посилання протягом ${hours} год.:\n${link}\n\nПосилання діє один раз. Якщо ви цього не просили, просто ігноруйте лист; пароль не зміниться.\n`,
  },
};

export function passwordResetMail(
  to: string,
  language: string,
  link: string,
  hours: number,
): MailMessage {
  const texts = reset[language] ?? (reset.en as Texts);
  return { to, subject: texts.subject, text: texts.body(link, hours) };
}

export function invitationMail(to: string, role: string, link: string, hours: number): MailMessage {
  return {
    to,
    subject: "You are invited to Haven",
    text: `An administrator invited you to Haven as ${role.replace(/_/g, " ")}.\n\nTo set your password and your second factor, open this link within ${hours} hours:\n${link}\n\nThe link works once.\n`,
  };
}
