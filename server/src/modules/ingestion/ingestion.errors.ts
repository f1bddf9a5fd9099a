/** Why a whole tracking request was refused; each maps to one HTTP status. */
export type IngestErrorCode =
  | "INVALID_JSON"
  | "INVALID_BODY"
  | "INVALID_ENCODING"
  | "UNSUPPORTED_ENCODING"
  | "PAYLOAD_TOO_LARGE"
  | "TOO_MANY_MESSAGES"
  | "MISSING_WRITE_KEY"
  | "INVALID_WRITE_KEY"
  | "INVALID_MESSAGE";

const STATUS: Record<IngestErrorCode, number> = {
  INVALID_JSON: 400,
  INVALID_BODY: 400,
  INVALID_ENCODING: 400,
  UNSUPPORTED_ENCODING: 415,
  PAYLOAD_TOO_LARGE: 413,
  TOO_MANY_MESSAGES: 413,
  MISSING_WRITE_KEY: 401,
  INVALID_WRITE_KEY: 401,
  INVALID_MESSAGE: 400,
};

export class IngestError extends Error {
  readonly status: number;

  constructor(
    readonly code: IngestErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "IngestError";
    this.status = STATUS[code];
  }
}
