import type { ConfirmationText } from "../confirmationText";
import type { OfferEmailText } from "../offerEmailText";

/** Ukrainian. Polite "Ви", as on the parent page. The purpose and room are staff's own words, so each follows a label. */
export const UK_OFFER_EMAIL: OfferEmailText = {
  subject: (school) => `Час для зустрічі – ${school}`,
  greeting: (name) => `Добрий день, ${name}!`,
  why: (purpose) =>
    `Ми хотіли б зустрітися з Вами. Мета зустрічі: ${purpose}. Ви знаєте свою дитину найкраще, і ми хочемо почути Вашу думку.`,
  who: "Хто буде на зустрічі:",
  times: "У цей час вільні всі учасники. Будь ласка, оберіть час, який Вам найбільше підходить:",
  format: {
    inPerson: "Ми зустрінемося у школі.",
    online: "Ми зустрінемося онлайн у Microsoft Teams. Ми надішлемо Вам посилання.",
    hybrid: "Ви можете прийти до школи або приєднатися онлайн у Microsoft Teams — як Вам зручніше.",
  },
  choose: "Обрати час",
  noneWork:
    "Якщо жоден із цих варіантів Вам не підходить, на тій самій сторінці можна написати, які дні та години Вам підходять.",
  rightsTitle: "Перед зустріччю",
  supporter: "Ви можете прийти з кимось: з другом, родичем або адвокатом (представником).",
  adjustments:
    "Повідомте нам, якщо щось полегшить Вам участь у зустрічі: перекладач, доступ без сходів, індукційна петля, документи великим шрифтом, участь онлайн або довша зустріч.",
  advice: {
    scotland:
      "Безкоштовні незалежні консультації надає Enquire — шотландська служба консультацій щодо додаткової підтримки в навчанні: 0345 123 2303, enquire.org.uk.",
    england:
      "Безкоштовні незалежні консультації надає Ваша місцева служба SEND Information, Advice and Support Service (SENDIASS).",
  },
  contact: (school, phone) =>
    `Якщо у Вас є запитання, дайте відповідь на цей лист або зателефонуйте до школи ${school} за номером ${phone}.`,
  plainReply: "Також можна просто відповісти на цей лист, наприклад: «Вівторок мені підходить».",
  signOff: "З найкращими побажаннями,",
};

export const UK_CONFIRMATION: ConfirmationText = {
  subject: (school) => `Зустріч призначено – ${school}`,
  greeting: (name) => `Добрий день, ${name}!`,
  booked: (when) => `Дякуємо. Вашу зустріч призначено. Час: ${when}.`,
  where: (place) => `Місце зустрічі: ${place}.`,
  online: "Ви можете приєднатися онлайн у Microsoft Teams.",
  join: "Приєднатися до зустрічі",
  adjustments: "Ми готуємо те, про що Ви просили:",
  supporter: (name) => `${name} може прийти разом із Вами. Ми будемо раді.`,
  papers: "Перед зустріччю ми надішлемо Вам порядок денний і всі потрібні документи.",
  change: (school, phone) =>
    `Якщо потрібно змінити час, дайте відповідь на цей лист або зателефонуйте до школи ${school} за номером ${phone}.`,
  signOff: "З найкращими побажаннями,",
};
