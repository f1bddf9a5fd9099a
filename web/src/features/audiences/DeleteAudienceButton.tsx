import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { IconTrash } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { describeError, request } from "../../lib/graphql";
import { QueryError } from "../../lib/ui/QueryError";
import { deleteSegmentMutation } from "./queries";

type Props = { id: string; name: string };

export function DeleteAudienceButton({ id, name }: Props) {
  const [opened, { open, close }] = useDisclosure(false);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const remove = useMutation({
    mutationFn: () => request(deleteSegmentMutation, { id }),
    onSuccess: async () => {
      close();
      queryClient.removeQueries({ queryKey: ["segment", id] });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ["segments"] }),
        queryClient.invalidateQueries({ queryKey: ["overview"] }),
      ]);
      notifications.show({ color: "teal", title: "Audience deleted", message: `“${name}” is gone.` });
      void navigate("/audiences", { replace: true });
    },
    onError: (error) => {
      notifications.show({ color: "red", title: "Could not delete the audience", message: describeError(error) });
    },
  });

  return (
    <>
      <Button color="red" variant="light" leftSection={<IconTrash size={16} />} onClick={open}>
        Delete
      </Button>
      <Modal opened={opened} onClose={close} title="Delete this audience?" centered>
        <Stack gap="md">
          <Text size="sm">
            <b>{name}</b> and its rules will be deleted for everyone in the workspace. This cannot be undone.
          </Text>
          {remove.isError ? <QueryError error={remove.error} title="Delete failed" /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={remove.isPending}>
              Cancel
            </Button>
            <Button color="red" onClick={() => remove.mutate()} loading={remove.isPending} data-autofocus>
              Delete audience
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
