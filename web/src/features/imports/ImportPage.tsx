import { Alert, Button, Card, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { IconPlayerPlay } from "@tabler/icons-react";
import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import type { ImportKind } from "../../gql/graphql";
import { formatDateTime, formatNumber } from "../../lib/format";
import { request } from "../../lib/graphql";
import { PageHeader } from "../../lib/ui/PageHeader";
import { QueryError } from "../../lib/ui/QueryError";
import { ImportHistory } from "./ImportHistory";
import { toInput, type ColumnMapping } from "./import-mapping";
import { ImportProgress } from "./ImportProgress";
import { MappingTable } from "./MappingTable";
import { PreviewTable } from "./PreviewTable";
import { importPreviewQuery, startImportMutation } from "./queries";
import { RowErrorsTable } from "./RowErrorsTable";
import type { Uploaded } from "./upload";
import { UploadForm } from "./UploadForm";

type Upload = Uploaded & { kind: ImportKind; sourceId: string | null };

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card padding="lg">
      <Title order={4} mb="md">
        {title}
      </Title>
      {children}
    </Card>
  );
}

export function ImportPage() {
  const [upload, setUpload] = useState<Upload | null>(null);
  /** Null until the admin changes something: the server's suggested mapping applies. */
  const [mapping, setMapping] = useState<ColumnMapping[] | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);

  const preview = useQuery({
    queryKey: ["importPreview", upload?.id, mapping],
    queryFn: ({ signal }) =>
      request(importPreviewQuery, { id: upload?.id ?? "", mapping: mapping ? toInput(mapping) : null }, { signal }),
    enabled: upload !== null && jobId === null,
    placeholderData: keepPreviousData,
    retry: false,
  });
  const start = useMutation({
    mutationFn: (input: { id: string; mapping: ColumnMapping[]; sourceId: string | null }) =>
      request(startImportMutation, { id: input.id, mapping: toInput(input.mapping), sourceId: input.sourceId }),
    onSuccess: (data) => setJobId(data.startImport.id),
  });

  const reset = () => {
    setUpload(null);
    setMapping(null);
    setJobId(null);
    start.reset();
  };
  const data = preview.data?.importPreview;
  const shown = mapping ?? data?.suggestedMapping ?? null;

  return (
    <>
      <PageHeader
        title="Import"
        description="Load profiles or events from a CSV file. Rows go through the same checks and identity resolution as tracked data; importing a file again changes nothing."
      />
      <Stack gap="lg">
        {upload === null ? (
          <Section title="Upload a file">
            <UploadForm
              onUploaded={(uploaded, kind, sourceId) => {
                setMapping(null);
                setJobId(null);
                setUpload({ ...uploaded, kind, sourceId });
              }}
            />
          </Section>
        ) : (
          <Card padding="lg">
            <Group justify="space-between">
              <Text size="sm">
                <Text span fw={600}>
                  {upload.fileName}
                </Text>{" "}
                · {formatNumber(upload.totalRows)} rows of {upload.kind} · {upload.columns.length} columns
              </Text>
              {jobId === null ? (
                <Button variant="subtle" onClick={reset}>
                  Choose another file
                </Button>
              ) : null}
            </Group>
            {upload.lastImportedAt && jobId === null ? (
              <Alert color="blue" variant="light" mt="sm" data-testid="import-seen-before">
                This exact file was imported on {formatDateTime(upload.lastImportedAt)}. Rows imported then are skipped
                as already imported; only what changed in the mapping is new.
              </Alert>
            ) : null}
          </Card>
        )}

        {upload !== null && jobId === null ? (
          <>
            <Section title="Map the columns">
              {preview.isPending ? (
                <Loader size="sm" />
              ) : shown && data ? (
                <MappingTable
                  kind={upload.kind}
                  mapping={shown}
                  suggested={data.suggestedMapping}
                  columns={data.columns}
                  sample={data.rows[0]?.cells ?? []}
                  onChange={setMapping}
                />
              ) : null}
            </Section>
            <Section title="Preview and validation">
              {preview.isError ? (
                <QueryError error={preview.error} title="This mapping cannot be used" />
              ) : data ? (
                <Stack gap="md">
                  <Alert
                    color={data.invalidRows > 0 ? "orange" : "teal"}
                    variant="light"
                    data-testid="import-validation"
                  >
                    {formatNumber(data.validRows)} rows ready to import
                    {data.invalidRows > 0
                      ? `, ${formatNumber(data.invalidRows)} with errors (they will be skipped)`
                      : ""}
                    .
                  </Alert>
                  <PreviewTable rows={data.rows} />
                  <RowErrorsTable errors={data.errors} total={data.errorCount} />
                  {start.isError ? <QueryError error={start.error} title="Could not start the import" /> : null}
                  <Group justify="flex-end">
                    <Button
                      leftSection={<IconPlayerPlay size={16} />}
                      disabled={preview.isFetching || data.validRows === 0 || shown === null}
                      loading={start.isPending}
                      onClick={() => {
                        if (shown) start.mutate({ id: upload.id, mapping: shown, sourceId: upload.sourceId });
                      }}
                    >
                      Import {formatNumber(data.validRows)} rows
                    </Button>
                  </Group>
                </Stack>
              ) : (
                <Loader size="sm" />
              )}
            </Section>
          </>
        ) : null}

        {jobId !== null ? (
          <Section title="Progress">
            <ImportProgress id={jobId} onDone={reset} />
          </Section>
        ) : null}

        <Section title="Past imports">
          <ImportHistory />
        </Section>
      </Stack>
    </>
  );
}
