import pg from "pg";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../test/db.js";
import { copyInto, copyJson, copyText, NULL } from "./pg-copy.js";

const TRICKY = ["plain", "tab\there", "line\nbreak", "cr\rhere", "back\\slash", 'quote "q"', "ünïcødé ✓", "\\N", ""];

describe("COPY text encoding", () => {
  it("escapes backslashes and separators", () => {
    expect(copyText("a\tb\nc\\d\re")).toBe("a\\tb\\nc\\\\d\\re");
    expect(copyText("nothing special")).toBe("nothing special");
  });

  it("round-trips text and JSON through PostgreSQL", async () => {
    const db = await createTestDatabase();
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await client.query(`CREATE TEMP TABLE t (n int, s text, j jsonb)`);
      const lines = TRICKY.map((s, n) => `${n}\t${copyText(s)}\t${copyJson({ s, nested: [s] })}\n`);
      expect(await copyInto(client, "COPY t (n, s, j) FROM STDIN", [...lines, `99\t${NULL}\t${NULL}\n`])).toBe(
        TRICKY.length + 1,
      );
      const { rows } = await client.query<{ n: number; s: string | null; j: unknown }>(
        `SELECT n, s, j FROM t ORDER BY n`,
      );
      expect(rows).toEqual([...TRICKY.map((s, n) => ({ n, s, j: { s, nested: [s] } })), { n: 99, s: null, j: null }]);
    } finally {
      await client.end();
      await db.drop();
    }
  });
});
