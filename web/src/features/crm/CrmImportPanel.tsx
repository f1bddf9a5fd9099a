import { Alert, Button, Card, FileInput, Group, Progress, Select, Stack, Table, Text, Title } from "@mantine/core";
import { IconFileTypeCsv, IconPlayerPlay, IconUpload } from "@tabler/icons-react";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { CrmPreset, CrmRecordKind } from "../../gql/graphql";
import { formatNumber } from "../../lib/format";
import { request } from "../../lib/graphql";
import { QueryError } from "../../lib/ui/QueryError";
import { retarget, TARGET_LABELS_BY_KIND, uploadCrmCsv, type CrmUploaded } from "./crm-upload";
import { crmImportPreviewQuery, crmImportQuery, startCrmImportMutation } from "./queries";

type Mapping = Array<{ column: string; target: string }>;
const PRESETS = [
  { value: "auto", label: "Detect from the header" },
  { value: "hubspot", label: "HubSpot export" },
  { value: "salesforce", label: "Salesforce report" },
];
const KINDS = [
  { value: "auto", label: "Detect from the header" },
  { value: "contacts", label: "Contacts" },
  { value: "companies", label: "Companies (accounts)" },
  { value: "deals", label: "Deals (opportunities)" },
];
const isKind = (value: string): value is CrmRecordKind => ["contacts", "companies", "deals"].includes(value);
const targetsOf = (kind: CrmRecordKind) =>
  Object.entries(TARGET_LABELS_BY_KIND[kind]).map(([value, label]) => ({ value, label }));

function RowErrors({
  errors,
  total,
}: {
  errors: ReadonlyArray<{ line: number; column?: string | null; reason: string }>;
  total: number;
}) {
  if (!total) return null;
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600} c="red">
        {formatNumber(total)} row error(s): nothing is imported until every row is valid
      </Text>
      <Table data-testid="crm-row-errors">
        <Table.Tbody>
          {errors.slice(0, 50).map((e, i) => (
            <Table.Tr key={i}>
              <Table.Td w={90}>line {e.line}</Table.Td>
              <Table.Td w={180}>{e.column ?? ""}</Table.Td>
              <Table.Td>{e.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function JobProgress({ id }: { id: string }) {
  const queryClient = useQueryClient();
  const job = useQuery({
    queryKey: ["crmImport", id],
    queryFn: ({ signal }) => request(crmImportQuery, { id }, { signal }),
    refetchInterval: (q) => (q.state.data && q.state.data.crmImport.status !== "running" ? false : 1000),
  });
  const status = job.data?.crmImport.status;
  useEffect(() => {
    if (status === "done") void queryClient.invalidateQueries({ queryKey: ["crm"] });
  }, [status, queryClient]);
  if (job.isError) return <QueryError error={job.error} />;
  const j = job.data?.crmImport;
  if (!j) return <Progress value={0} animated />;
  return (
    <Stack gap="sm" data-testid="crm-import-progress">
      <Progress value={j.totalRows ? (100 * j.processedRows) / j.totalRows : 0} animated={j.status === "running"} />
      {j.status === "done" ? (
        <Alert color="teal" variant="light" data-testid="crm-import-done">
          Imported {formatNumber(j.processedRows)} {j.kind}: {formatNumber(j.insertedRows)} new,{" "}
          {formatNumber(j.updatedRows)} changed, {formatNumber(j.unchangedRows)} unchanged. The comparison now uses
          them.
        </Alert>
      ) : j.status === "failed" ? (
        <Alert color="red" variant="light" title="Nothing was imported">
          {j.failure}
        </Alert>
      ) : (
        <Text size="sm">
          {formatNumber(j.processedRows)} of {formatNumber(j.totalRows)} records…
        </Text>
      )}
      <RowErrors errors={j.errors} total={j.errorCount} />
    </Stack>
  );
}

/** Upload a CRM export, adjust the preset's column mapping, check every row, then import all or nothing. */
export function CrmImportPanel() {
  const [file, setFile] = useState<File | null>(null);
  const [preset, setPreset] = useState("auto");
  const [kind, setKind] = useState("auto");
  const [upload, setUpload] = useState<CrmUploaded | null>(null);
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const send = useMutation({
    mutationFn: (f: File) =>
      uploadCrmCsv(f, preset === "hubspot" || preset === "salesforce" ? preset : null, isKind(kind) ? kind : null),
    onSuccess: (uploaded) => {
      setUpload(uploaded);
      setMapping(null);
      setJobId(null);
    },
  });
  const activePreset: CrmPreset | null = upload?.preset ?? null;
  const preview = useQuery({
    queryKey: ["crmImportPreview", upload?.id, mapping],
    queryFn: ({ signal }) =>
      request(crmImportPreviewQuery, { id: upload?.id ?? "", preset: activePreset, mapping }, { signal }),
    enabled: upload !== null && jobId === null,
    placeholderData: keepPreviousData,
    retry: false,
  });
  const start = useMutation({
    mutationFn: (input: { id: string; mapping: Mapping }) =>
      request(startCrmImportMutation, { id: input.id, preset: activePreset, mapping: input.mapping }),
    onSuccess: (data) => setJobId(data.startCrmImport.id),
  });
  const data = preview.data?.crmImportPreview;
  const shown: Mapping | null =
    mapping ?? data?.suggestedMapping.map((m) => ({ column: m.column, target: m.target })) ?? null;

  return (
    <Stack gap="lg">
      <Card padding="lg">
        <Title order={4} mb="md">
          Upload a CRM export
        </Title>
        {send.isError ? <QueryError error={send.error} title="Could not upload the file" /> : null}
        <Group align="flex-end" gap="lg" mt={send.isError ? "md" : 0}>
          <Select
            label="Records"
            w={220}
            value={kind}
            onChange={(v) => setKind(v ?? "auto")}
            data={KINDS}
            allowDeselect={false}
            data-testid="crm-kind"
          />
          <Select
            label="Format"
            w={220}
            value={preset}
            onChange={(v) => setPreset(v ?? "auto")}
            data={PRESETS}
            allowDeselect={false}
          />
          <FileInput
            label="CSV file"
            placeholder="contacts.csv"
            w={320}
            accept=".csv,text/csv"
            leftSection={<IconFileTypeCsv size={16} />}
            value={file}
            onChange={setFile}
            data-testid="crm-file"
          />
          <Button
            leftSection={<IconUpload size={16} />}
            disabled={!file}
            loading={send.isPending}
            onClick={() => file && send.mutate(file)}
          >
            Upload
          </Button>
        </Group>
        {upload ? (
          <Text size="sm" mt="md">
            <Text span fw={600}>
              {upload.fileName}
            </Text>{" "}
            · {formatNumber(upload.totalRows)} rows · {upload.columns.length} columns · read as {upload.kind} from{" "}
            {upload.preset}
          </Text>
        ) : null}
      </Card>

      {upload && jobId === null ? (
        <Card padding="lg">
          <Title order={4} mb="md">
            Map the columns and check every row
          </Title>
          {preview.isError ? <QueryError error={preview.error} title="This mapping cannot be used" /> : null}
          {shown && data ? (
            <Stack gap="md">
              <Table data-testid="crm-mapping">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Column</Table.Th>
                    <Table.Th>First value</Table.Th>
                    <Table.Th>CRM field</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((m) => (
                    <Table.Tr key={m.column}>
                      <Table.Td>{m.column}</Table.Td>
                      <Table.Td>
                        <Text size="sm" c="dimmed" truncate maw={260}>
                          {data.rows[0]?.cells[data.columns.indexOf(m.column)] ?? ""}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Select
                          size="xs"
                          w={220}
                          aria-label={`Target of ${m.column}`}
                          value={m.target}
                          data={targetsOf(upload.kind)}
                          allowDeselect={false}
                          onChange={(target) => setMapping(retarget(shown, m.column, target ?? "ignore"))}
                        />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {!preview.isError ? (
                <Alert color={data.errorCount ? "orange" : "teal"} variant="light" data-testid="crm-validation">
                  {formatNumber(data.validRows)} records ready
                  {data.invalidRows
                    ? `, ${formatNumber(data.invalidRows)} ${data.invalidRows === 1 ? "row" : "rows"} with errors`
                    : ""}
                  .
                </Alert>
              ) : null}
              <RowErrors errors={data.errors} total={data.errorCount} />
              {start.isError ? <QueryError error={start.error} title="Could not start the import" /> : null}
              <Group justify="flex-end">
                <Button
                  leftSection={<IconPlayerPlay size={16} />}
                  disabled={preview.isFetching || preview.isError || data.errorCount > 0}
                  loading={start.isPending}
                  onClick={() => start.mutate({ id: upload.id, mapping: shown })}
                >
                  Import {formatNumber(data.validRows)} records
                </Button>
              </Group>
            </Stack>
          ) : null}
        </Card>
      ) : null}
      {jobId ? (
        <Card padding="lg">
          <Title order={4} mb="md">
            Import
          </Title>
          <JobProgress id={jobId} />
        </Card>
      ) : null}
    </Stack>
  );
}
