import { Anchor, Card, Group, Pagination, SegmentedControl, Stack, Table, Text } from "@mantine/core";
import { IconUserCheck } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { formatDate, formatNumber } from "../../lib/format";
import { request } from "../../lib/graphql";
import { EmptyState } from "../../lib/ui/EmptyState";
import { QueryError } from "../../lib/ui/QueryError";
import { TableSkeleton } from "../../lib/ui/TableSkeleton";
import { crmContactsQuery } from "./queries";

const PAGE_SIZE = 25;
type Status = "unmatched" | "ambiguous";

/** CRM records Mosaic cannot place: unknown identifiers, or identifiers on different profiles. */
export function UnmatchedPanel() {
  const [status, setStatus] = useState<Status>("unmatched");
  const [page, setPage] = useState(1);
  const contacts = useQuery({
    queryKey: ["crm", "contacts", status, page],
    queryFn: ({ signal }) =>
      request(crmContactsQuery, { status, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }, { signal }),
    placeholderData: keepPreviousData,
  });
  const data = contacts.data?.crmContacts;
  const pages = Math.max(1, Math.ceil((data?.total ?? 0) / PAGE_SIZE));
  return (
    <Card padding={0}>
      <Group p="md" justify="space-between">
        <SegmentedControl
          value={status}
          onChange={(value) => {
            setStatus(value === "ambiguous" ? "ambiguous" : "unmatched");
            setPage(1);
          }}
          data={[
            { value: "unmatched", label: "Unmatched" },
            { value: "ambiguous", label: "Ambiguous" },
          ]}
        />
        <Text size="sm" c="dimmed">
          {data ? `${formatNumber(data.total)} records` : ""}
        </Text>
      </Group>
      {contacts.isError ? (
        <QueryError error={contacts.error} />
      ) : !data ? (
        <TableSkeleton rows={8} />
      ) : data.rows.length === 0 ? (
        <EmptyState icon={<IconUserCheck size={24} />} title={`No ${status} records`}>
          Every CRM record of this kind found its profile.
        </EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped data-testid="crm-unmatched">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Record</Table.Th>
                <Table.Th>Email</Table.Th>
                <Table.Th>Phone</Table.Th>
                <Table.Th>Company</Table.Th>
                <Table.Th>Last modified</Table.Th>
                {status === "ambiguous" ? <Table.Th>Candidate profiles</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.rows.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Text size="sm">{c.name || "—"}</Text>
                    <Text size="xs" c="dimmed">
                      #{c.recordId}
                    </Text>
                  </Table.Td>
                  <Table.Td>{c.email ?? "—"}</Table.Td>
                  <Table.Td>{c.phone ?? "—"}</Table.Td>
                  <Table.Td>{c.company ?? "—"}</Table.Td>
                  <Table.Td>{formatDate(c.updatedAt)}</Table.Td>
                  {status === "ambiguous" ? (
                    <Table.Td>
                      <Stack gap={0}>
                        {c.candidateProfileIds.map((id, i) => (
                          <Anchor key={id} component={Link} to={`/profiles/${id}`} size="sm">
                            Profile {i + 1}
                          </Anchor>
                        ))}
                      </Stack>
                    </Table.Td>
                  ) : null}
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
  );
}
