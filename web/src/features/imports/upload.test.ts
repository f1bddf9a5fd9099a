import { describe, expect, it } from "vitest";
import { uploadError } from "./upload";

describe("uploadError", () => {
  it.each([
    [
      413,
      { error: { code: "PAYLOAD_TOO_LARGE", message: "the file is larger than 50 MB", field: "file" } },
      "BAD_USER_INPUT",
      "file",
      "the file is larger than 50 MB",
    ],
    [
      400,
      { error: { code: "BAD_USER_INPUT", message: "file: the file is empty", field: "file" } },
      "BAD_USER_INPUT",
      "file",
      "file: the file is empty",
    ],
    [403, { error: { code: "FORBIDDEN", message: "needs admin" } }, "FORBIDDEN", undefined, "needs admin"],
    [401, undefined, "UNAUTHENTICATED", undefined, "The server answered 401"],
    [502, "Bad gateway", "HTTP_ERROR", undefined, "The server answered 502"],
  ])("%d", (status, body, code, field, message) => {
    const error = uploadError(status, body);
    expect([error.code, error.field, error.message, error.status]).toEqual([code, field, message, status]);
  });
});
