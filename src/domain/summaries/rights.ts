import type { SummaryMessageKey } from "./summaryMessages";

export type Jurisdiction = "scotland" | "england";

/** One route a family can take when they disagree, with where the law or service says so. */
export interface RightsRoute {
  readonly id: string;
  /** The route's own name, never translated (Enquire, SENDIASS). */
  readonly name: string;
  /** The family-facing sentence about it, in the summary message table. */
  readonly text: SummaryMessageKey;
  /** Where a family (or a member of staff checking) can read more. */
  readonly url: string;
  /** The law or guidance the route comes from. */
  readonly source: string;
}

const ASL_ACT = "Education (Additional Support for Learning) (Scotland) Act 2004";
const SEND_CODE = "SEND Code of Practice: 0 to 25 years (2015), chapter 11; Children and Families Act 2014";

/**
 * What a family can do if they disagree, kept as data per jurisdiction and chosen from the
 * school's profile (as the offer chooses Enquire or SENDIASS).
 */
export const RIGHTS: { readonly [J in Jurisdiction]: readonly RightsRoute[] } = {
  scotland: [
    {
      id: "enquire",
      name: "Enquire",
      text: "r_enquire",
      url: "https://enquire.org.uk",
      source: `${ASL_ACT}, section 26 (advice and information)`,
    },
    {
      id: "mediation",
      name: "Mediation",
      text: "r_mediationSc",
      url: "https://www.legislation.gov.uk/asp/2004/4/section/15",
      source: `${ASL_ACT}, section 15 (mediation services)`,
    },
    {
      id: "disputeResolution",
      name: "Dispute resolution",
      text: "r_disputeSc",
      url: "https://www.legislation.gov.uk/ssi/2005/501/contents",
      source: `${ASL_ACT}, section 16; Additional Support for Learning Dispute Resolution (Scotland) Regulations 2005 (independent adjudication)`,
    },
    {
      id: "tribunal",
      name: "First-tier Tribunal for Scotland (Health and Education Chamber)",
      text: "r_tribunalSc",
      url: "https://www.healthandeducationchamber.scot",
      source: `${ASL_ACT}, section 18 (references to the Tribunal)`,
    },
  ],
  england: [
    {
      id: "sendiass",
      name: "SENDIASS",
      text: "r_sendiass",
      url: "https://councilfordisabledchildren.org.uk/information-advice-and-support-services-network",
      source: `${SEND_CODE}, section 32 (advice and information)`,
    },
    {
      id: "mediation",
      name: "Mediation",
      text: "r_mediationEn",
      url: "https://www.gov.uk/children-with-special-educational-needs/complaints",
      source: `${SEND_CODE}, sections 52–55 (mediation)`,
    },
    {
      id: "disagreementResolution",
      name: "Disagreement resolution",
      text: "r_disagreementEn",
      url: "https://www.gov.uk/government/publications/send-code-of-practice-0-to-25",
      source: `${SEND_CODE}, section 57 (disagreement resolution)`,
    },
    {
      id: "tribunal",
      name: "First-tier Tribunal (Special Educational Needs and Disability)",
      text: "r_tribunalEn",
      url: "https://www.gov.uk/courts-tribunals/first-tier-tribunal-special-educational-needs-and-disability",
      source: `${SEND_CODE}, section 51 (appeals)`,
    },
  ],
};

/** The routes for the school's jurisdiction. */
export const rightsFor = (jurisdiction: Jurisdiction): readonly RightsRoute[] => RIGHTS[jurisdiction];
