export type SqlType =
  | "uuid"
  | "text"
  | "integer"
  | "numeric"
  | "boolean"
  | "timestamptz"
  | "date"
  | "interval"
  | "jsonb"
  | "text[]"
  | "numeric[]";

export type SqlValue = string | number | boolean | Array<string | number>;

/**
 * The parameters of one statement. Every value (and every catalog name) goes through here and comes back as
 * `$n::type`; the explicit cast keeps PostgreSQL from guessing and makes the SQL readable for analysts.
 * Equal values share one parameter.
 */
export class SqlParams {
  readonly values: SqlValue[] = [];
  private readonly index = new Map<string, number>();

  add(value: SqlValue, type: SqlType): string {
    const key = `${type}\u0000${JSON.stringify(value)}`;
    let position = this.index.get(key);
    if (position === undefined) {
      position = this.values.push(value);
      this.index.set(key, position);
    }
    return `$${position}::${type}`;
  }

  /** Drops the parameters added after the first `length`: they belonged to SQL built only to find its issues. */
  truncate(length: number): void {
    this.values.length = length;
    for (const [key, position] of this.index) if (position > length) this.index.delete(key);
  }

  time(value: Date): string {
    return this.add(value.toISOString(), "timestamptz");
  }
}

/** A LIKE pattern that matches `text` literally: the wildcards and the escape character are escaped. */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
