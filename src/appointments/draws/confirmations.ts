/**
 * Confirmations of appointments, in the applicant's language, made from the appointment rows in
 * the draw's own transaction and delivered by the outbox: a confirmation exists exactly when its
 * appointment does, and never for one that does not.
 */
import type { Transaction } from "kysely";
import type { Database } from "../../platform/database/schema.ts";
import type { MailMessage } from "../../platform/mail/mailer.ts";
import type { OutboxMessage } from "../../platform/outbox/store.ts";
import { portName } from "../window.ts";

interface Texts {
  subject: string;
  body: (a: { port: string; date: string; time: string; code: string; people: number }) => string;
}

const texts: Record<string, Texts> = {
  en: {
    subject: "Your appointment at a port of entry",
    body: (a) =>
      `You have an appointment at the ${a.port} port of entry on ${a.date} at ${a.time} (local time), for ${a.people} person(s).\n\nYour code: ${a.code}\n\nShow this code to the CBP officer at the port. Everyone in your group must come together. Haven never asks for a fee.\n`,
  },
  es: {
    subject: "Su cita en un puerto de entrada",
    body: (a) =>
      `Tiene una cita en el puerto de entrada de ${a.port} el ${a.date} a las ${a.time} (hora local), para ${a.people} persona(s).\n\nSu código: ${a.code}\n\nMuestre este código al oficial de CBP en el puerto. Todas las personas de su grupo deben venir juntas. Haven nunca cobra.\n`,
  },
  ru: {
    subject: "Ваша запись на пункт въезда",
    body: (a) =>
      `Вы записаны на пункт въезда ${a.port} на ${a.date} в ${a.time} (местное время), человек: ${a.people}.\n\nВаш код: ${a.code}\n\nПокажите этот код сотруднику CBP на пункте въезда. Все члены группы должны прийти вместе. Haven никогда не берёт плату.\n`,
  },
  uk: {
    subject: "Ваш запис на пункт в'їзду",
    body: (a) =>
      `Вас записано на пункт в'їзду ${a.port} на ${a.date} о ${a.time} (місцевий час), осіб: ${a.people}.\n\nВаш код: ${a.code}\n\nПокажіть цей код співробітнику CBP на пункті в'їзду. Усі члени групи мають прийти разом. Haven ніколи не бере плату.\n`,
  },
  ht: {
    subject: "Randevou ou nan yon pò dantre",
    body: (a) =>
      `Ou gen yon randevou nan pò dantre ${a.port} le ${a.date} a ${a.time} (lè lokal), pou ${a.people} moun.\n\nKòd ou: ${a.code}\n\nMontre kòd sa a bay ofisye CBP a nan pò a. Tout moun nan gwoup ou dwe vini ansanm. Haven pa janm mande lajan.\n`,
  },
  pt: {
    subject: "Seu agendamento em um porto de entrada",
    body: (a) =>
      `Você tem um agendamento no porto de entrada de ${a.port} em ${a.date} às ${a.time} (hora local), para ${a.people} pessoa(s).\n\nSeu código: ${a.code}\n\nMostre este código ao oficial da CBP no porto. Todas as pessoas do seu grupo devem vir juntas. O Haven nunca cobra taxas.\n`,
  },
};

export function confirmationMail(
  to: string,
  language: string,
  appointment: { port: string; date: string; time: string; code: string; people: number },
): MailMessage {
  const chosen = texts[language] ?? (texts.en as Texts);
  return {
    to,
    subject: chosen.subject,
    text: chosen.body({ ...appointment, port: portName(appointment.port) }),
  };
}

/**
 * The confirmations of a window's appointments, for the outbox of the draw's transaction: one to
 * each registration's contact address (or the account's), in its language. Marks them issued.
 */
export async function confirmations(
  trx: Transaction<Database>,
  windowDate: string,
  now: Date,
): Promise<OutboxMessage[]> {
  const rows = await trx
    .selectFrom("appointments")
    .innerJoin(
      "appointment_registrations",
      "appointment_registrations.id",
      "appointments.registration_id",
    )
    .innerJoin("accounts", "accounts.id", "appointment_registrations.account_id")
    .select([
      "appointments.code",
      "appointments.port",
      "appointments.date",
      "appointments.time",
      "appointments.places",
      "appointment_registrations.language",
      "appointment_registrations.contact_email",
      "accounts.email",
    ])
    .where("appointments.window_date", "=", windowDate)
    .where("appointments.confirmation_sent_at", "is", null)
    .orderBy("appointments.code")
    .execute();
  await trx
    .updateTable("appointments")
    .set({ confirmation_sent_at: now })
    .where("window_date", "=", windowDate)
    .where("confirmation_sent_at", "is", null)
    .execute();
  return rows.flatMap((row) => {
    const to = row.contact_email ?? row.email;
    if (!to) return [];
    const mail = confirmationMail(to, row.language, {
      port: row.port,
      date: row.date,
      time: row.time,
      code: row.code,
      people: row.places,
    });
    return [{ ...mail, purpose: "appointment-confirmation" }];
  });
}
