// npm run bench:ltv [-- --customers N]: times the LTV fit on synthetic customers (target: 100k in ≤ 5 s).
import { parseArgs } from "node:util";
import { benchFit } from "../modules/ltv/bench-fit.js";

const { values } = parseArgs({ options: { customers: { type: "string", default: "100000" } }, strict: true });
const customers = Number(values.customers);
if (!Number.isInteger(customers) || customers < 100) {
  console.error("bench:ltv: --customers must be a whole number ≥ 100");
  process.exit(2);
}
await benchFit(customers);
