import type pg from "pg";
import copyStreams from "pg-copy-streams";
import type { WorkloadMessage } from "./ingest-workload.js";

const escapeCopy = (value: string) =>
  value.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
const copyText = (value: unknown) =>
  value === null || value === undefined ? "\\N" : escapeCopy(typeof value === "string" ? value : JSON.stringify(value));
export const str = (value: unknown) => (typeof value === "string" ? value : null);

/** The events row ingestion would write for a message, as a COPY text line. */
export function copyLine(m: WorkloadMessage, profileId: string, workspaceId: string, sourceId: string): string {
  const event = m.type === "page" ? m.name : m.event;
  const properties = m.type === "identify" ? m.traits : m.properties;
  return [
    profileId,
    workspaceId,
    sourceId,
    copyText(m.messageId),
    m.type,
    copyText(str(event)),
    copyText(properties ?? {}),
    copyText(m.context ?? {}),
    copyText(m.integrations ?? null),
    copyText({ sentAt: new Date().toISOString() }),
    copyText(str(m.anonymousId)),
    copyText(str(m.userId)),
    copyText(m.timestamp),
  ].join("\t");
}

/** One COPY of all the chunks into events, honouring backpressure. */
export function copyRows(client: pg.Client, chunks: string[]): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const stream = client.query(
      copyStreams.from(
        `COPY events (profile_id, workspace_id, source_id, message_id, type, event, properties, context,
                      integrations, extras, anonymous_id, user_id, timestamp) FROM STDIN`,
      ),
    );
    stream.on("error", reject);
    stream.on("finish", () => resolve());
    let i = 0;
    const write = () => {
      while (i < chunks.length) {
        if (!stream.write(chunks[i++])) return void stream.once("drain", write);
      }
      stream.end();
    };
    write();
  });
}
