import { Button, Group, Modal, Text } from "@mantine/core";
import { useEffect, type RefObject } from "react";
import { useBlocker } from "react-router";

type Props = {
  when: boolean;
  /** Set once the changes are saved, so the navigation that follows is let through. */
  leaving: RefObject<boolean>;
};

/** Asks before leaving the builder with unsaved changes, inside the app and when closing the tab. */
export function UnsavedChangesGuard({ when, leaving }: Props) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      when && !leaving.current && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!when) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (!leaving.current) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [when, leaving]);

  return (
    <Modal opened={blocker.state === "blocked"} onClose={() => blocker.reset?.()} title="Leave without saving?">
      <Text size="sm" mb="lg">
        Your changes to this audience are not saved yet.
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => blocker.reset?.()}>
          Keep editing
        </Button>
        <Button color="red" onClick={() => blocker.proceed?.()}>
          Leave
        </Button>
      </Group>
    </Modal>
  );
}
