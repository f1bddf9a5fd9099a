import { vi } from "vitest";

type Reply = { status?: number; body: unknown };

/** Replaces fetch with one answering the given JSON replies in order (the last one repeats). */
export function stubFetch(...replies: Reply[]) {
  let call = 0;
  const fetchMock = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => {
    const reply = replies[Math.min(call, replies.length - 1)] ?? { body: {} };
    call += 1;
    const text = typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body);
    return new Response(text, { status: reply.status ?? 200, headers: { "content-type": "application/json" } });
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

export function graphQLError(message: string, code: string, field?: string) {
  return { errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }], data: null };
}
