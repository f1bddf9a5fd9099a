import "reflect-metadata";
import { ArgsType, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { badInput } from "../errors.js";

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export type Edge<T> = { cursor: string; node: T };
export type Connection<T> = { edges: Edge<T>[]; pageInfo: PageInfo; totalCount?: number };

/** Relay-style connection types, one pair per node type. */
export function ConnectionType<T extends object>(node: ClassType<T>, name: string, withTotal: boolean) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }

  if (!withTotal) return ConnectionClass;

  @ObjectType(`${name}Connection`)
  class CountedConnectionClass extends ConnectionClass {
    @Field(() => Int, { description: "How many nodes match, across all pages." })
    totalCount: number;
  }
  return CountedConnectionClass;
}

export const MAX_PAGE = 200;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: `Page size, 1 to ${MAX_PAGE}.` })
  first: number;

  @Field(() => String, { nullable: true, description: "endCursor of the previous page." })
  after?: string | null;
}

export function checkFirst(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE)
    throw badInput("first", `must be between 1 and ${MAX_PAGE}`);
  return first;
}

/** Cursors are opaque base64url JSON arrays of the sort key; a malformed one is a clear input error. */
export function encodeCursor(key: ReadonlyArray<string | number>): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

export function decodeCursor(cursor: string, shape: ReadonlyArray<"string" | "number" | "date">, field = "after") {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw badInput(field, "is not a valid cursor");
  }
  if (!Array.isArray(parsed) || parsed.length !== shape.length) throw badInput(field, "is not a valid cursor");
  return shape.map((kind, index) => {
    const value: unknown = parsed[index];
    if (kind === "number" && typeof value === "number" && Number.isFinite(value)) return value;
    if (kind === "string" && typeof value === "string" && value.length <= 200) return value;
    if (kind === "date" && typeof value === "string" && !Number.isNaN(Date.parse(value))) return value;
    throw badInput(field, "is not a valid cursor");
  });
}

export function toConnection<T>(rows: T[], first: number, keyOf: (row: T) => ReadonlyArray<string | number>) {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
