import {
  Button,
  Card,
  Code,
  Collapse,
  Group,
  SegmentedControl,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconChevronDown, IconChevronRight, IconDatabase } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { request } from "../../../lib/graphql";
import { QueryError } from "../../../lib/ui/QueryError";
import { audienceSqlQuery } from "../queries";

/** The parameterised SQL the rules compile to, with its parameters: for analysts checking what an audience means. */
export function SqlPanel({ id, rules }: { id: string; rules: Record<string, unknown> }) {
  const [opened, { toggle }] = useDisclosure(false);
  const [view, setView] = useState("readable");
  const query = useQuery({
    queryKey: ["audienceSql", id, rules],
    queryFn: ({ signal }) => request(audienceSqlQuery, { rules }, { signal }),
    enabled: opened,
  });
  const sql = query.data?.audienceSql;
  return (
    <Card padding="lg" data-testid="sql-panel">
      <Group justify="space-between" wrap="wrap">
        <Group gap="xs">
          <IconDatabase size={18} color="var(--mantine-color-gray-6)" aria-hidden="true" />
          <Title order={3} size="h4">
            SQL
          </Title>
          <Text size="sm" c="dimmed">
            what these rules run in PostgreSQL; values are always passed as parameters
          </Text>
        </Group>
        <Button
          variant="subtle"
          size="xs"
          onClick={toggle}
          leftSection={opened ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
          aria-expanded={opened}
        >
          {opened ? "Hide SQL" : "Show SQL"}
        </Button>
      </Group>
      <Collapse in={opened}>
        <Stack gap="sm" mt="md">
          {query.isPending ? (
            <Skeleton height={160} />
          ) : query.isError ? (
            <QueryError title="Could not compile the rules" error={query.error} onRetry={() => void query.refetch()} />
          ) : sql ? (
            <>
              <SegmentedControl
                size="xs"
                w="fit-content"
                value={view}
                onChange={setView}
                data={[
                  { value: "readable", label: "With values" },
                  { value: "parameterised", label: "As run, with parameters" },
                ]}
              />
              <Code block fz="xs" aria-label="Generated SQL" style={{ maxHeight: 420, overflow: "auto" }}>
                {view === "readable" ? sql.readable : sql.sql}
              </Code>
              {view === "parameterised" && sql.params.length > 0 ? (
                <Table withTableBorder fz="xs" verticalSpacing={4} maw={640}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w={80}>Parameter</Table.Th>
                      <Table.Th>Value</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {sql.params.map((param, index) => (
                      <Table.Tr key={index}>
                        <Table.Td>
                          <Code fz="xs">${index + 1}</Code>
                        </Table.Td>
                        <Table.Td style={{ wordBreak: "break-all" }}>{param}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              ) : null}
            </>
          ) : null}
        </Stack>
      </Collapse>
    </Card>
  );
}
