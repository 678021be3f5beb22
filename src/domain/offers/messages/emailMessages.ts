import type { Messages, MessageTable } from "../../i18n/messages";
import { messages as ar } from "./ar";
import { messages as cy } from "./cy";
import { messages as en } from "./en";
import { messages as gd } from "./gd";
import { messages as paArab } from "./pa-Arab";
import { messages as paGuru } from "./pa-Guru";
import { messages as pl } from "./pl";
import { messages as ro } from "./ro";
import { messages as uk } from "./uk";
import { messages as ur } from "./ur";

/** The keys of the emails families get: the offer, the confirmation and the short notices. */
export type EmailKey = keyof typeof en;

/** One language's email messages. */
export type EmailMessages = Messages<EmailKey>;

/**
 * Every email message in every family language (one file per language beside this one). The staff
 * side sends to households in several languages at once, so all of them are loaded together.
 */
export const EMAIL_MESSAGES: MessageTable<EmailKey> = {
  en,
  pl,
  ur,
  ar,
  uk,
  ro,
  "pa-Guru": paGuru,
  "pa-Arab": paArab,
  gd,
  cy,
};
