import { languageIn } from "./languages.ts";
import type { NoticeTexts } from "./types.ts";

const outcomes = {
  asylum_granted: "o asilo é concedido",
  withholding_granted: "a suspensão da remoção (withholding of removal) é concedida",
  cat_granted: "a proteção pela Convenção contra a Tortura é concedida",
  denied: "o seu pedido de proteção é negado",
  terminated: "o processo é encerrado",
} as const;

export const pt: NoticeTexts = {
  name: "Português",
  header: "Haven — notificação oficial",
  fields: {
    to: "Para",
    aNumber: "Número A",
    case: "Caso",
    address: "Endereço postal",
    issued: "Data desta notificação",
    noAddress: "Nenhum endereço registrado",
  },
  titles: {
    "notice-to-appear": "Notificação de comparecimento (Notice to Appear)",
    "hearing-notice": "Notificação de audiência",
    "credible-fear-determination": "Determinação de medo crível",
    "ij-review-decision": "Revisão da determinação de medo crível pelo juiz de imigração",
    "ij-decision": "Decisão do juiz de imigração",
    "bia-decision": "Decisão da Junta de Recursos de Imigração",
  },
  body: {
    "notice-to-appear": ({ court, servedOn }) => [
      `O Departamento de Segurança Interna entregou a você uma Notificação de comparecimento em ${servedOn}. Começou um processo de remoção perante o tribunal de imigração ${court} (INA 239(a), INA 240).`,
      "Você receberá uma notificação separada com a data, a hora e o local de cada audiência. Você deve comparecer a todas as audiências: se não comparecer, o juiz pode ordenar a sua remoção na sua ausência (INA 240(b)(5)(A)).",
      "Você deve informar o seu endereço ao tribunal e comunicar cada mudança em até 5 dias (formulário EOIR-33, 8 CFR 1003.15(d)(2)). As notificações são enviadas pelo correio para o endereço registrado.",
      "Você pode ser representado por um advogado de sua escolha, sem custo para o governo (INA 240(b)(4)(A)).",
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
      `A sua ${hearingKind === "master" ? "audiência preliminar (master calendar hearing)" : "audiência individual"} perante o tribunal de imigração ${court} será em ${day} às ${time} (horário de ${timeZone}).`,
      ...(room ? [`Sala ${room}.`] : []),
      ...(interpreterLanguage
        ? [
            `Um intérprete de ${languageIn("pt", interpreterLanguage)} fará a interpretação na audiência, sem custo para você (8 CFR 1240.5).`,
          ]
        : []),
      "Compareça pessoalmente e no horário, com os seus documentos de identidade. Se não comparecer, o juiz pode ordenar a sua remoção na sua ausência (INA 240(b)(5)(A)).",
      "Se o seu endereço mudar, informe o tribunal em até 5 dias (formulário EOIR-33, 8 CFR 1003.15(d)(2)): as notificações são enviadas pelo correio para o endereço registrado.",
      `Número da audiência: ${hearingId}.`,
    ],
    "credible-fear-determination": ({ outcome }) =>
      outcome === "positive"
        ? [
            "Um oficial de asilo concluiu que você tem um medo crível de perseguição ou tortura, e um supervisor revisou a determinação (8 CFR 208.30(e)).",
            "O seu pedido continua: você receberá uma Notificação de comparecimento perante um juiz de imigração, ou uma entrevista sobre o seu pedido de asilo com o USCIS (8 CFR 208.30(f)).",
          ]
        : [
            "Um oficial de asilo concluiu que você não tem um medo crível de perseguição ou tortura, e um supervisor revisou a determinação (8 CFR 208.30(e)).",
            "Você tem o direito de pedir que um juiz de imigração revise esta determinação (8 CFR 208.30(g)). Se você não disser se quer a revisão, isso conta como um pedido de revisão.",
            "O juiz conclui a revisão em até 7 dias, e em 24 horas quando possível (INA 235(b)(1)(B)(iii)(III); 8 CFR 1003.42(e)).",
            "Não cabe recurso da revisão do juiz à Junta de Recursos de Imigração (8 CFR 1003.42(f)).",
          ],
    "ij-review-decision": ({ decision }) =>
      decision === "affirmed"
        ? [
            "Um juiz de imigração revisou a determinação negativa de medo crível e a confirmou (8 CFR 1003.42).",
            "Não cabe recurso desta decisão à Junta de Recursos de Imigração (8 CFR 1003.42(f)).",
          ]
        : [
            "Um juiz de imigração revisou a determinação negativa de medo crível e a anulou (8 CFR 1003.42).",
            "O seu pedido continua: você receberá uma Notificação de comparecimento ou uma entrevista com o USCIS (8 CFR 1208.30(g)(2)(iv)(B)).",
          ],
    "ij-decision": ({ outcome, servedOn, removalOrdered, inAbsentia, appealDue }) => [
      `O juiz de imigração decidiu o seu caso em ${servedOn}: ${outcomes[outcome]}.`,
      ...(removalOrdered
        ? [
            inAbsentia
              ? "O juiz ordenou a sua remoção dos Estados Unidos na sua ausência (INA 240(b)(5)(A))."
              : "O juiz ordenou a sua remoção dos Estados Unidos.",
          ]
        : []),
      inAbsentia
        ? "Se você não recebeu a notificação da audiência, pode pedir ao tribunal que reabra o seu caso a qualquer momento; a remoção fica suspensa enquanto esse pedido estiver pendente (INA 240(b)(5)(C)(ii))."
        : `Você pode recorrer à Junta de Recursos de Imigração: o recurso (formulário EOIR-26) deve ser recebido até ${appealDue} (8 CFR 1003.38(b)). A remoção fica suspensa durante esse prazo e enquanto um recurso estiver pendente (8 CFR 1003.6(a)).`,
    ],
    "bia-decision": ({ decision, removalOrdered }) => [
      decision === "dismissed"
        ? "A Junta de Recursos de Imigração negou o recurso (8 CFR 1003.1(d)(7))."
        : decision === "sustained"
          ? "A Junta de Recursos de Imigração deu provimento ao recurso (8 CFR 1003.1(d)(7))."
          : "A Junta de Recursos de Imigração devolveu o caso ao juiz de imigração (8 CFR 1003.1(d)(7)). Você receberá uma notificação da sua próxima audiência.",
      ...(removalOrdered && decision !== "remanded"
        ? [
            "A ordem de remoção é definitiva (8 CFR 1241.1(a)). Você pode apresentar um pedido de revisão ao tribunal federal de apelações em até 30 dias (INA 242(b)(1)); apresentá-lo não impede, por si só, a remoção.",
          ]
        : []),
    ],
  },
  englishFollows: "A seguir, a mesma notificação em inglês.",
  email: {
    subject: "Você tem uma nova notificação no Haven",
    body: (link) =>
      `Há uma nova notificação sobre o seu caso no Haven. Para lê-la, entre na sua conta:\n${link}\n\nPara proteger a sua privacidade, esta mensagem não diz do que trata a notificação.\n`,
  },
};
