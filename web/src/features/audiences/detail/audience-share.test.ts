import { describe, expect, it } from "vitest";
import { audienceShare } from "./audience-share";

describe("audienceShare", () => {
  it.each<[number | null | undefined, number | null | undefined, number | null]>([
    [250, 1000, 0.25],
    [0, 1000, 0],
    [null, 1000, null],
    [undefined, 1000, null],
    [5, 0, null],
    [5, null, null],
    [1200, 1000, 1],
  ])("%s of %s profiles is %s", (size, total, share) => {
    expect(audienceShare(size, total)).toBe(share);
  });
});
