import { languageIn } from "./languages.ts";
import type { NoticeTexts } from "./types.ts";

const outcomes = {
  asylum_granted: "se le concede asilo",
  withholding_granted: "se le concede la suspensión de la expulsión (withholding of removal)",
  cat_granted: "se le concede protección bajo la Convención contra la Tortura",
  denied: "se niega su solicitud de protección",
  terminated: "se da por terminado el procedimiento",
} as const;

export const es: NoticeTexts = {
  name: "Español",
  header: "Haven — notificación oficial",
  fields: {
    to: "Para",
    aNumber: "Número A",
    case: "Caso",
    address: "Dirección postal",
    issued: "Fecha de esta notificación",
    noAddress: "No hay dirección registrada",
  },
  titles: {
    "notice-to-appear": "Notificación de comparecencia (Notice to Appear)",
    "hearing-notice": "Notificación de audiencia",
    "credible-fear-determination": "Determinación de temor creíble",
    "ij-review-decision":
      "Revisión de la determinación de temor creíble por el juez de inmigración",
    "ij-decision": "Decisión del juez de inmigración",
    "bia-decision": "Decisión de la Junta de Apelaciones de Inmigración",
  },
  body: {
    "notice-to-appear": ({ court, servedOn }) => [
      `El Departamento de Seguridad Nacional le entregó una Notificación de comparecencia el ${servedOn}. Se ha iniciado un procedimiento de expulsión ante el tribunal de inmigración ${court} (INA 239(a), INA 240).`,
      "Recibirá una notificación aparte con la fecha, la hora y el lugar de cada audiencia. Debe asistir a todas las audiencias: si no asiste, el juez puede ordenar su expulsión en su ausencia (INA 240(b)(5)(A)).",
      "Debe dar su dirección al tribunal e informarle de cada cambio en un plazo de 5 días (formulario EOIR-33, 8 CFR 1003.15(d)(2)). Las notificaciones se envían por correo a la dirección registrada.",
      "Puede ser representado por un abogado de su elección, sin costo para el gobierno (INA 240(b)(4)(A)).",
    ],
    "hearing-notice": ({
      hearingKind,
      court,
      day,
      time,
      timeZone,
      hearingId,
      room,
      interpreterLanguage,
    }) => [
      `Su ${hearingKind === "master" ? "audiencia preliminar (master calendar hearing)" : "audiencia individual"} ante el tribunal de inmigración ${court} es el ${day} a las ${time} (hora de ${timeZone}).`,
      ...(room ? [`Sala ${room}.`] : []),
      ...(interpreterLanguage
        ? [
            `Un intérprete de ${languageIn("es", interpreterLanguage)} interpretará en la audiencia, sin costo para usted (8 CFR 1240.5).`,
          ]
        : []),
      "Venga en persona y a tiempo, con sus documentos de identidad. Si no viene, el juez puede ordenar su expulsión en su ausencia (INA 240(b)(5)(A)).",
      "Si cambia de dirección, informe al tribunal en un plazo de 5 días (formulario EOIR-33, 8 CFR 1003.15(d)(2)): las notificaciones se envían por correo a la dirección registrada.",
      `Número de audiencia: ${hearingId}.`,
    ],
    "credible-fear-determination": ({ outcome }) =>
      outcome === "positive"
        ? [
            "Un oficial de asilo determinó que usted tiene un temor creíble de persecución o tortura, y un supervisor revisó la determinación (8 CFR 208.30(e)).",
            "Su solicitud continúa: recibirá una Notificación de comparecencia ante un juez de inmigración, o una entrevista sobre su solicitud de asilo con USCIS (8 CFR 208.30(f)).",
          ]
        : [
            "Un oficial de asilo determinó que usted no tiene un temor creíble de persecución o tortura, y un supervisor revisó la determinación (8 CFR 208.30(e)).",
            "Tiene derecho a pedir que un juez de inmigración revise esta determinación (8 CFR 208.30(g)). Si no dice si quiere la revisión, se considera que la ha pedido.",
            "El juez concluye la revisión en un plazo de 7 días, y en 24 horas cuando sea posible (INA 235(b)(1)(B)(iii)(III); 8 CFR 1003.42(e)).",
            "La revisión del juez no se puede apelar ante la Junta de Apelaciones de Inmigración (8 CFR 1003.42(f)).",
          ],
    "ij-review-decision": ({ decision }) =>
      decision === "affirmed"
        ? [
            "Un juez de inmigración revisó la determinación negativa de temor creíble y la confirmó (8 CFR 1003.42).",
            "Esta decisión no se puede apelar ante la Junta de Apelaciones de Inmigración (8 CFR 1003.42(f)).",
          ]
        : [
            "Un juez de inmigración revisó la determinación negativa de temor creíble y la anuló (8 CFR 1003.42).",
            "Su solicitud continúa: recibirá una Notificación de comparecencia o una entrevista con USCIS (8 CFR 1208.30(g)(2)(iv)(B)).",
          ],
    "ij-decision": ({ outcome, servedOn, removalOrdered, inAbsentia, appealDue }) => [
      `El juez de inmigración decidió su caso el ${servedOn}: ${outcomes[outcome]}.`,
      ...(removalOrdered
        ? [
            inAbsentia
              ? "El juez ordenó su expulsión de los Estados Unidos en su ausencia (INA 240(b)(5)(A))."
              : "El juez ordenó su expulsión de los Estados Unidos.",
          ]
        : []),
      inAbsentia
        ? "Si usted no recibió la notificación de la audiencia, puede pedir al tribunal que reabra su caso en cualquier momento; la expulsión queda suspendida mientras se decide esa moción (INA 240(b)(5)(C)(ii))."
        : `Puede apelar ante la Junta de Apelaciones de Inmigración: la apelación (formulario EOIR-26) debe recibirse a más tardar el ${appealDue} (8 CFR 1003.38(b)). La expulsión queda suspendida durante ese plazo y mientras la apelación esté pendiente (8 CFR 1003.6(a)).`,
    ],
    "bia-decision": ({ decision, removalOrdered }) => [
      decision === "dismissed"
        ? "La Junta de Apelaciones de Inmigración desestimó la apelación (8 CFR 1003.1(d)(7))."
        : decision === "sustained"
          ? "La Junta de Apelaciones de Inmigración aceptó la apelación (8 CFR 1003.1(d)(7))."
          : "La Junta de Apelaciones de Inmigración devolvió el caso al juez de inmigración (8 CFR 1003.1(d)(7)). Recibirá una notificación de su próxima audiencia.",
      ...(removalOrdered && decision !== "remanded"
        ? [
            "La orden de expulsión es definitiva (8 CFR 1241.1(a)). Puede presentar una petición de revisión ante el tribunal federal de apelaciones en un plazo de 30 días (INA 242(b)(1)); presentarla no detiene por sí sola la expulsión.",
          ]
        : []),
    ],
  },
  englishFollows: "A continuación, la misma notificación en inglés.",
  email: {
    subject: "Tiene una nueva notificación en Haven",
    body: (link) =>
      `Hay una nueva notificación sobre su caso en Haven. Para leerla, inicie sesión:\n${link}\n\nPara proteger su privacidad, este mensaje no dice de qué trata la notificación.\n`,
  },
};
