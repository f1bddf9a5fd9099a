import { AppError } from "../../engine/errors.js";

/** One problem in a rule tree; `path` is where it is, as in the schema's errors ("rules.1.value.event"). */
export type RuleIssue = { path: string; message: string };

/** A rule tree that does not fit the workspace's catalog (unknown field, event, property; wrong operator...). */
export class AudienceRuleError extends AppError {
  constructor(readonly issues: RuleIssue[]) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    super(
      "BAD_USER_INPUT",
      first ? `${first.path || "rules"}: ${first.message}${more}` : "rules: invalid",
      first?.path || "rules",
    );
    this.name = "AudienceRuleError";
  }
}
