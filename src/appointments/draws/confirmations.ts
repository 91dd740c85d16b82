/**
 * Confirmations of appointments, in the applicant's language, sent only from committed
 * appointment rows (the outbox is the appointments table itself: `confirmation_sent_at` is null
 * until sent). Rows are claimed FOR UPDATE SKIP LOCKED, so two processes never send the same one;
 * a message whose send fails stays unsent and is tried again by the next run.
 */
import type { MailMessage } from "../../platform/mail/mailer.ts";
import type { Services } from "../../platform/services.ts";
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

/** Sends the window's unsent confirmations, 50 at a time; returns how many were sent. */
export async function sendConfirmations(services: Services, windowDate: string): Promise<number> {
  let sent = 0;
  for (;;) {
    const claimed = await services.db.transaction().execute(async (trx) => {
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
        .limit(50)
        .forUpdate("appointments")
        .skipLocked()
        .execute();
      const done: string[] = [];
      for (const row of rows) {
        const to = row.contact_email ?? row.email;
        if (to && services.mailer) {
          try {
            await services.mailer.send(
              confirmationMail(to, row.language, {
                port: row.port,
                date: row.date,
                time: row.time,
                code: row.code,
                people: row.places,
              }),
            );
            sent += 1;
          } catch {
            continue; // stays unsent; the next run tries again
          }
        } else if (to && !services.mailer) {
          continue;
        }
        done.push(row.code);
      }
      if (done.length > 0) {
        await trx
          .updateTable("appointments")
          .set({ confirmation_sent_at: services.clock() })
          .where("code", "in", done)
          .execute();
      }
      return { claimed: rows.length, done: done.length };
    });
    if (claimed.claimed === 0 || claimed.done === 0) return sent;
  }
}
