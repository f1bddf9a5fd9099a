import { Anchor, Button, Card, Grid, Group, Pagination, Select, Stack, Table, Text, Title } from "@mantine/core";
import { IconChecks, IconDownload } from "@tabler/icons-react";
import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import type { CrmFieldStatus } from "../../gql/graphql";
import { formatNumber } from "../../lib/format";
import { request } from "../../lib/graphql";
import { EmptyState } from "../../lib/ui/EmptyState";
import { QueryError } from "../../lib/ui/QueryError";
import { TableSkeleton } from "../../lib/ui/TableSkeleton";
import { FILTER_STATUSES, STATUS_LABELS } from "./crm-labels";
import { downloadText } from "./download";
import { FieldValue, GoldenValue, StatusBadge } from "./FieldValue";
import { crmConflictsQuery, crmCorrectionsQuery, crmEnrichmentQuery, crmRulesQuery } from "./queries";
import { RulesCard } from "./RulesCard";

const PAGE_SIZE = 25;
const ALL = "";
const isStatus = (value: string): value is CrmFieldStatus => (FILTER_STATUSES as readonly string[]).includes(value);

function ExportButtons() {
  const exportFile = useMutation({
    mutationFn: async (kind: "corrections" | "enrichment") => {
      const file =
        kind === "corrections"
          ? (await request(crmCorrectionsQuery, {})).crmCorrections
          : (await request(crmEnrichmentQuery, {})).crmEnrichment;
      downloadText(file.fileName, file.csv);
    },
  });
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Button
          leftSection={<IconDownload size={16} />}
          onClick={() => exportFile.mutate("corrections")}
          loading={exportFile.isPending && exportFile.variables === "corrections"}
        >
          Download corrections
        </Button>
        <Button
          variant="light"
          leftSection={<IconDownload size={16} />}
          onClick={() => exportFile.mutate("enrichment")}
          loading={exportFile.isPending && exportFile.variables === "enrichment"}
        >
          Download enrichment
        </Button>
      </Group>
      {exportFile.isError ? <QueryError error={exportFile.error} title="Could not export" /> : null}
    </Stack>
  );
}

/** Field-level disagreements of matched records, the rules that settle them, and the files for the CRM. */
export function ConflictsPanel({ mayEditRules }: { mayEditRules: boolean }) {
  const [field, setField] = useState(ALL);
  const [status, setStatus] = useState(ALL);
  const [page, setPage] = useState(1);
  const rules = useQuery({
    queryKey: ["crm", "rules"],
    queryFn: ({ signal }) => request(crmRulesQuery, {}, { signal }),
  });
  const conflicts = useQuery({
    queryKey: ["crm", "conflicts", field, status, page],
    queryFn: ({ signal }) =>
      request(
        crmConflictsQuery,
        {
          field: field || null,
          status: isStatus(status) ? status : null,
          offset: (page - 1) * PAGE_SIZE,
          limit: PAGE_SIZE,
        },
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
  const data = conflicts.data?.crmConflicts;
  const pages = Math.max(1, Math.ceil((data?.total ?? 0) / PAGE_SIZE));

  return (
    <Stack gap="lg">
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <RulesCard editable={mayEditRules} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Card padding="lg" h="100%">
            <Title order={3} size="h4" mb={4}>
              Send it back to the CRM
            </Title>
            <Text size="sm" c="dimmed" mb="md">
              Corrections: the record id and each golden value that came from Mosaic and differs from the CRM, in its
              import format. Enrichment: last seen, event count, lifetime value, predicted value and audiences.
            </Text>
            <ExportButtons />
          </Card>
        </Grid.Col>
      </Grid>
      <Card padding={0}>
        <Group p="md" gap="md" align="flex-end" justify="space-between">
          <Group gap="md" align="flex-end">
            <Select
              label="Field"
              w={180}
              data-testid="crm-filter-field"
              value={field}
              onChange={(value) => {
                setField(value ?? ALL);
                setPage(1);
              }}
              data={[
                { value: ALL, label: "All shared fields" },
                ...(rules.data?.crmRules ?? []).map((r) => ({ value: r.field, label: r.label })),
              ]}
              allowDeselect={false}
            />
            <Select
              label="Status"
              w={200}
              data-testid="crm-filter-status"
              value={status}
              onChange={(value) => {
                setStatus(value ?? ALL);
                setPage(1);
              }}
              data={[
                { value: ALL, label: "Conflict or stale" },
                ...FILTER_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
              ]}
              allowDeselect={false}
            />
          </Group>
          <Text size="sm" c="dimmed" data-testid="crm-conflicts-total">
            {data ? `${formatNumber(data.total)} fields` : ""}
          </Text>
        </Group>
        {conflicts.isError ? (
          <QueryError error={conflicts.error} title="Could not load the conflicts" />
        ) : !data ? (
          <TableSkeleton rows={8} />
        ) : data.rows.length === 0 ? (
          <EmptyState icon={<IconChecks size={24} />} title="Nothing to reconcile">
            No matched record has a field with this status.
          </EmptyState>
        ) : (
          <Table.ScrollContainer minWidth={820}>
            <Table striped verticalSpacing="xs" data-testid="crm-conflicts">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Record</Table.Th>
                  <Table.Th>Field</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>CRM</Table.Th>
                  <Table.Th>Mosaic</Table.Th>
                  <Table.Th>Golden value</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.rows.map((row) => (
                  <Table.Tr key={`${row.contactId}-${row.key}`} data-record={row.recordId}>
                    <Table.Td>
                      <Anchor component={Link} to={`/profiles/${row.profileId}`} size="sm">
                        {row.name || row.recordId}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        #{row.recordId}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{row.label}</Text>
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge status={row.status} />
                    </Table.Td>
                    <Table.Td>
                      <FieldValue value={row.crmValue} at={row.crmAt} older={row.older === "crm"} />
                    </Table.Td>
                    <Table.Td>
                      <FieldValue value={row.cdpValue} at={row.cdpAt} older={row.older === "cdp"} />
                    </Table.Td>
                    <Table.Td data-testid="crm-golden">
                      <GoldenValue value={row.golden} side={row.goldenSide} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {pages > 1 ? (
          <Group justify="flex-end" p="md">
            <Pagination total={pages} value={page} onChange={setPage} size="sm" />
          </Group>
        ) : null}
      </Card>
    </Stack>
  );
}
