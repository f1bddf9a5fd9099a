import { describe, expect, it } from "vitest";
import { writeKeyFromHeader, writeKeyOf } from "./write-key.js";

const basic = (text: string) => `Basic ${Buffer.from(text).toString("base64")}`;

describe("writeKeyOf", () => {
  it.each([
    ["Basic key with empty password", basic("wk_1:"), {}, "wk_1"],
    ["Basic key without colon", basic("wk_1"), {}, "wk_1"],
    ["Basic key with a password (ignored)", basic("wk_1:secret"), {}, "wk_1"],
    ["lower-case scheme", `basic ${Buffer.from("wk_1:").toString("base64")}`, {}, "wk_1"],
    ["Basic wins over the body", basic("wk_1:"), { writeKey: "wk_2" }, "wk_1"],
    ["body only", undefined, { writeKey: "wk_2" }, "wk_2"],
    ["body with spaces", undefined, { writeKey: "  wk_2 " }, "wk_2"],
    ["Bearer with the key in the body", "Bearer token", { writeKey: "wk_2" }, "wk_2"],
    ["empty Basic user falls back to the body", basic(":pw"), { writeKey: "wk_2" }, "wk_2"],
    ["nothing", undefined, {}, null],
    ["Bearer alone", "Bearer token", {}, null],
    ["a non-string body key", undefined, { writeKey: 5 }, null],
    ["a blank body key", undefined, { writeKey: " " }, null],
    ["a body that is not an object", undefined, "wk_2", null],
  ])("%s", (_what, header, body, expected) => {
    expect(writeKeyOf(header, body)).toBe(expected);
  });

  it("reads only Basic from the header", () => {
    expect(writeKeyFromHeader("Digest abc")).toBeNull();
    expect(writeKeyFromHeader("Basic")).toBeNull();
  });
});
