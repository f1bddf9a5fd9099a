import { Button, FileInput, Group, SegmentedControl, Select, Stack, Text } from "@mantine/core";
import { IconFileTypeCsv, IconUpload } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { ImportKind } from "../../gql/graphql";
import { splitFieldError } from "../../lib/field-errors";
import { request } from "../../lib/graphql";
import { QueryError } from "../../lib/ui/QueryError";
import { KIND_LABELS } from "./import-mapping";
import { importSourcesQuery } from "./queries";
import { MAX_UPLOAD_MB, uploadCsv, type Uploaded } from "./upload";

/** The default target: the workspace's "CSV import" source, created by the server on first use. */
export const DEFAULT_SOURCE = "";

type Props = { onUploaded: (upload: Uploaded, kind: ImportKind, sourceId: string | null) => void };

export function UploadForm({ onUploaded }: Props) {
  const [kind, setKind] = useState<ImportKind>("profiles");
  const [sourceId, setSourceId] = useState<string>(DEFAULT_SOURCE);
  const [file, setFile] = useState<File | null>(null);
  const sources = useQuery({
    queryKey: ["sources", "import"],
    queryFn: ({ signal }) => request(importSourcesQuery, {}, { signal }),
  });
  const queryClient = useQueryClient();
  const upload = useMutation({
    mutationFn: (input: { file: File; kind: ImportKind }) => uploadCsv(input.file, input.kind),
    onSuccess: async (uploaded) => {
      onUploaded(uploaded, kind, sourceId || null);
      await queryClient.invalidateQueries({ queryKey: ["imports"] });
    },
  });
  const { fieldErrors, formError } = splitFieldError(upload.error, ["file", "kind"]);
  const hasImportSource = sources.data?.sources.some((s) => s.name === "CSV import") ?? false;
  const sourceOptions = [
    ...(hasImportSource ? [] : [{ value: DEFAULT_SOURCE, label: "CSV import (new source)" }]),
    ...(sources.data?.sources.map((s) => ({ value: s.name === "CSV import" ? DEFAULT_SOURCE : s.id, label: s.name })) ??
      []),
  ];

  return (
    <Stack gap="md">
      {formError ? <QueryError error={formError} title="Could not upload the file" /> : null}
      <Group align="flex-end" gap="lg" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            Import
          </Text>
          <SegmentedControl
            aria-label="What the file holds"
            value={kind}
            onChange={(value) => setKind(value === "events" ? "events" : "profiles")}
            data={(["profiles", "events"] as const).map((value) => ({ value, label: KIND_LABELS[value] }))}
          />
        </Stack>
        <Select
          label="Into source"
          description="Rows already imported into this source are skipped."
          w={260}
          allowDeselect={false}
          data={sourceOptions}
          value={sourceId}
          onChange={(value) => setSourceId(value ?? DEFAULT_SOURCE)}
        />
        <FileInput
          label="CSV file"
          description={`UTF-8, with a header line; at most ${MAX_UPLOAD_MB} MB.`}
          placeholder="Choose a .csv file"
          accept=".csv,text/csv"
          leftSection={<IconFileTypeCsv size={16} />}
          w={300}
          clearable
          value={file}
          onChange={(value) => {
            setFile(value);
            upload.reset();
          }}
          error={fieldErrors.file ?? fieldErrors.kind}
        />
        <Button
          leftSection={<IconUpload size={16} />}
          disabled={!file}
          loading={upload.isPending}
          onClick={() => {
            if (file) upload.mutate({ file, kind });
          }}
        >
          Upload and map
        </Button>
      </Group>
    </Stack>
  );
}
