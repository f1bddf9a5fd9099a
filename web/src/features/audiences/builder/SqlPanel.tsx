import {
  Button,
  Card,
  Code,
  Collapse,
  Group,
  ScrollArea,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconCode } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { request } from "../../../lib/graphql";
import { QueryError } from "../../../lib/ui/QueryError";
import { audienceSqlQuery } from "../queries";

type Props = { rules: Record<string, unknown>; valid: boolean };

/** "Show SQL": the one query the rules compile to, readable (values written in) or with its parameters. */
export function SqlPanel({ rules, valid }: Props) {
  const [opened, { toggle }] = useDisclosure(false);
  const [view, setView] = useState<"readable" | "parameters">("readable");
  const query = useQuery({
    queryKey: ["audience-preview", "sql", JSON.stringify(rules)],
    queryFn: ({ signal }) => request(audienceSqlQuery, { rules }, { signal }),
    enabled: opened && valid,
    retry: false,
  });
  const sql = query.data?.audienceSql;
  return (
    <Card padding="lg">
      <Group justify="space-between">
        <Title order={3} size="h5">
          SQL
        </Title>
        <Button size="compact-sm" variant="subtle" leftSection={<IconCode size={14} />} onClick={toggle}>
          {opened ? "Hide SQL" : "Show SQL"}
        </Button>
      </Group>
      <Collapse in={opened}>
        <Stack gap="xs" mt="sm">
          {!valid ? (
            <Text size="sm" c="dimmed">
              Complete the rules to see their SQL.
            </Text>
          ) : query.isError ? (
            <QueryError title="Could not compile the rules" error={query.error} />
          ) : !sql ? (
            <Skeleton height={120} />
          ) : (
            <>
              <SegmentedControl
                size="xs"
                value={view}
                onChange={(next) => setView(next === "parameters" ? "parameters" : "readable")}
                data={[
                  { value: "readable", label: "Readable" },
                  { value: "parameters", label: "With parameters" },
                ]}
              />
              <ScrollArea.Autosize mah={360}>
                <Code block data-testid="audience-sql">
                  {view === "readable" ? sql.readable : sql.sql}
                </Code>
              </ScrollArea.Autosize>
              {view === "parameters" ? (
                <Code block>{sql.params.map((param, i) => `$${i + 1} = ${param}`).join("\n") || "no parameters"}</Code>
              ) : null}
            </>
          )}
        </Stack>
      </Collapse>
    </Card>
  );
}
