/**
 * Why a profile is (or is not) in an audience: the rule tree with each condition's deciding value, as the server's
 * explain builds it and the web renders it.
 */
export type TraceNode =
  | { type: "group"; path: string; combinator: "and" | "or"; not: boolean; holds: boolean; children: TraceNode[] }
  | {
      type: "condition";
      path: string;
      field: string;
      operator: string;
      subject: string;
      expected: string;
      actual: unknown;
      holds: boolean;
      /** "Order Completed count in the last 30 days = 4 (needs ≥ 3) ✓" */
      text: string;
    }
  | {
      type: "audience";
      path: string;
      audienceId: string;
      name: string;
      negated: boolean;
      holds: boolean;
      child: TraceNode;
    };
