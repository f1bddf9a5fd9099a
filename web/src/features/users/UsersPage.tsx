import { Avatar, Badge, Button, Card, Group, Modal, Stack, Table, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { IconUserPlus, IconUsers } from "@tabler/icons-react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { formatDate, initials } from "../../lib/format";
import { request } from "../../lib/graphql";
import { EmptyState } from "../../lib/ui/EmptyState";
import { PageHeader } from "../../lib/ui/PageHeader";
import { QueryError } from "../../lib/ui/QueryError";
import { RelativeTime } from "../../lib/ui/RelativeTime";
import { TableSkeleton } from "../../lib/ui/TableSkeleton";
import { ROLE_COLORS, ROLE_LABELS } from "../auth/roles";
import { useViewer } from "../auth/viewer-context";
import { CreateUserForm } from "./CreateUserForm";
import { usersQuery } from "./queries";

export function UsersPage() {
  const viewer = useViewer();
  const [opened, { open, close }] = useDisclosure(false);
  const queryClient = useQueryClient();
  const users = useQuery({ queryKey: ["users"], queryFn: ({ signal }) => request(usersQuery, {}, { signal }) });

  return (
    <>
      <PageHeader
        title="Users"
        description="People who can sign in to this workspace, and what their role lets them do."
        actions={
          <Button leftSection={<IconUserPlus size={16} />} onClick={open}>
            New user
          </Button>
        }
      />
      <Card padding={0}>
        {users.isPending ? (
          <TableSkeleton rows={4} />
        ) : users.isError ? (
          <Card.Section p="md">
            <QueryError title="Could not load users" error={users.error} onRetry={() => void users.refetch()} />
          </Card.Section>
        ) : users.data.users.length === 0 ? (
          <EmptyState icon={<IconUsers size={24} />} title="No users" />
        ) : (
          <Table.ScrollContainer minWidth={680}>
            <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>User</Table.Th>
                  <Table.Th>Role</Table.Th>
                  <Table.Th>Last sign-in</Table.Th>
                  <Table.Th>Added</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {users.data.users.map((user) => (
                  <Table.Tr key={user.id}>
                    <Table.Td>
                      <Group gap="sm" wrap="nowrap">
                        <Avatar size={32} radius="xl" color={ROLE_COLORS[user.role]}>
                          {initials(user.name || user.email)}
                        </Avatar>
                        <Stack gap={0} miw={0}>
                          <Text size="sm" fw={600} truncate>
                            {user.name || "—"}
                            {user.id === viewer.id ? (
                              <Text span size="xs" c="dimmed" fw={400}>
                                {" "}
                                (you)
                              </Text>
                            ) : null}
                          </Text>
                          <Text size="xs" c="dimmed" truncate>
                            {user.email}
                          </Text>
                        </Stack>
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={ROLE_COLORS[user.role]}>
                        {ROLE_LABELS[user.role]}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <RelativeTime value={user.lastLoginAt} fallback="Never signed in" size="sm" />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatDate(user.createdAt)}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      <Modal opened={opened} onClose={close} title="New user" centered>
        {opened ? (
          <CreateUserForm
            onCancel={close}
            onCreated={(user) => {
              close();
              void queryClient.invalidateQueries({ queryKey: ["users"] });
              notifications.show({
                color: "teal",
                title: "User created",
                message: `${user.email} can now sign in as ${ROLE_LABELS[user.role].toLowerCase()}.`,
              });
            }}
          />
        ) : null}
      </Modal>
    </>
  );
}
