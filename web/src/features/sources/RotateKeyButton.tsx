import { Button, Group, Modal, Stack, Text, Tooltip, ActionIcon } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { IconRefresh } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { request } from "../../lib/graphql";
import { QueryError } from "../../lib/ui/QueryError";
import { rotateWriteKeyMutation } from "./queries";

export function RotateKeyButton({ id, name }: { id: string; name: string }) {
  const [opened, { open, close }] = useDisclosure(false);
  const queryClient = useQueryClient();
  const rotate = useMutation({
    mutationFn: () => request(rotateWriteKeyMutation, { id }),
    onSuccess: async () => {
      close();
      await queryClient.invalidateQueries({ queryKey: ["sourceKeys"] });
      notifications.show({
        color: "teal",
        title: "Write key rotated",
        message: `Update “${name}” to send with the new key; the old one is refused from now on.`,
      });
    },
  });

  return (
    <>
      <Tooltip label="Rotate write key" withArrow>
        <ActionIcon variant="subtle" color="gray" onClick={open} aria-label={`Rotate the write key of ${name}`}>
          <IconRefresh size={16} />
        </ActionIcon>
      </Tooltip>
      <Modal
        opened={opened}
        onClose={() => {
          close();
          rotate.reset();
        }}
        title="Rotate the write key?"
        centered
      >
        <Stack gap="md">
          <Text size="sm">
            <b>{name}</b> gets a new write key. Anything still sending with the current key is refused straight away, so
            update your website, app or server right after.
          </Text>
          {rotate.isError ? <QueryError error={rotate.error} title="Could not rotate the key" /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={rotate.isPending}>
              Cancel
            </Button>
            <Button color="red" onClick={() => rotate.mutate()} loading={rotate.isPending}>
              Rotate key
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
