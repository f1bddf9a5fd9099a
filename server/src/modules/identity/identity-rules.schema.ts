import { z } from "zod";

export const IDENTIFIER_TYPE = /^[a-z][a-z0-9_.:-]{0,63}$/;

const identifierType = z
  .string()
  .regex(IDENTIFIER_TYPE, "must start with a lower-case letter and use only a-z, 0-9, _ . : - (at most 64)");

const unique = (values: string[]) => new Set(values).size === values.length;

const blockedRuleSchema = z
  .object({
    /** Identifier types the rule applies to; absent means every type. */
    types: z.array(identifierType).min(1).max(50).optional(),
    match: z.enum(["exact", "regex"]),
    /** Compared with the normalised value, case-insensitively. */
    value: z.string().min(1).max(300),
  })
  .superRefine((rule, ctx) => {
    if (rule.match !== "regex") return;
    try {
      new RegExp(rule.value, "i");
    } catch {
      ctx.addIssue({ code: "custom", path: ["value"], message: "is not a valid regular expression" });
    }
  });

const limitSchema = z.object({
  type: identifierType,
  /** The most values of this type one profile may hold. */
  max: z.int().min(1).max(1000),
  /** Count only values seen within this many days (Segment's "5 weekly"); absent means ever. */
  windowDays: z.int().min(1).max(3650).optional(),
});

export const PHONE_FORMATS = ["e164", "digits", "asSent"] as const;

/** How values are put in one canonical form before they are matched, stored and checked against blocked values. */
const normalizationSchema = z.object({
  /** Drop surrounding whitespace from every value (off: "u1" and "u1 " are two identifiers). */
  trim: z.boolean(),
  /** Lower-case email addresses, the part before the @ too (as nearly every mail provider treats it). */
  lowercaseEmail: z.boolean(),
  /** Lower-case user ids, anonymous ids and every other type (off, as in Segment: "U1" and "u1" differ). */
  lowercaseIds: z.boolean(),
  /**
   * e164: "+" and 7 to 15 digits, separators dropped and a leading 00 read as "+"; digits: the 7 to 15 digits
   * alone; asSent: the value as sent (trimmed if `trim`).
   */
  phone: z.enum(PHONE_FORMATS),
});

export type Normalization = z.infer<typeof normalizationSchema>;

export const DEFAULT_NORMALIZATION: Normalization = {
  trim: true,
  lowercaseEmail: true,
  lowercaseIds: false,
  phone: "e164",
};

export const identityRulesSchema = z.object({
  blocked: z.array(blockedRuleSchema).max(200),
  limits: z
    .array(limitSchema)
    .max(100)
    .refine((limits) => unique(limits.map((l) => l.type)), "has the same type twice"),
  /** Limit for types without their own entry. */
  defaultLimit: z.int().min(1).max(1000),
  /** Highest first; consulted only when a limit would be exceeded. Types not listed rank below all listed. */
  priority: z.array(identifierType).max(100).refine(unique, "has the same type twice"),
  /** Extra identifiers promoted from traits, e.g. {trait: "loyaltyId", type: "loyalty_id"}. */
  traitIdentifiers: z
    .array(z.object({ trait: z.string().min(1).max(200), type: identifierType }))
    .max(50)
    .refine((items) => unique(items.map((i) => i.trait)), "has the same trait twice"),
  /** Rules saved before normalisation was configurable read as the behaviour they were saved under. */
  normalization: normalizationSchema.default(DEFAULT_NORMALIZATION),
});

export type IdentityRules = z.infer<typeof identityRulesSchema>;
export type BlockedRule = z.infer<typeof blockedRuleSchema>;

/** Segment's defaults, plus the placeholder values real clients are known to send. */
export const DEFAULT_IDENTITY_RULES: IdentityRules = {
  blocked: [
    { match: "regex", value: "^[0-]*$" },
    {
      match: "regex",
      value:
        "^(-1|null|nil|none|undefined|nan|anonymous|unknown|n/a|na|test|true|false|\\[object object\\]|\\{\\}|\\[\\])$",
    },
    {
      types: ["email"],
      match: "regex",
      value:
        "^(test|testing|example|email|user|username|name|foo|bar|none|null|noreply|no-reply|asdf)@(example|test|email|domain|mail)\\.(com|org|net)$",
    },
    { types: ["phone"], match: "regex", value: "^\\+(1234567890?|0123456789|9{7,15}|1{7,15})$" },
  ],
  limits: [{ type: "user_id", max: 1 }],
  defaultLimit: 5,
  priority: ["user_id", "email", "phone", "anonymous_id"],
  traitIdentifiers: [],
  normalization: DEFAULT_NORMALIZATION,
};

/** Hard limits, not configurable (Segment's): beyond them no new merges, but events still resolve. */
export const MAX_MERGES_PER_PROFILE = 100;
export const MAX_IDENTIFIERS_PER_PROFILE = 1000;
