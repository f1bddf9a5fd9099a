import { ActionIcon, Drawer, Tooltip } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconBug } from "@tabler/icons-react";
import { SourceDebugger } from "./SourceDebugger";

export function SourceDebuggerButton({ id, name }: { id: string; name: string }) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Tooltip label="Live event debugger" withArrow>
        <ActionIcon variant="subtle" color="gray" onClick={open} aria-label={`Open the debugger of ${name}`}>
          <IconBug size={16} />
        </ActionIcon>
      </Tooltip>
      <Drawer opened={opened} onClose={close} position="right" size="xl" title={`Debugger · ${name}`}>
        {/* Mounted only while open: polling stops when the drawer closes. */}
        {opened ? <SourceDebugger sourceId={id} /> : null}
      </Drawer>
    </>
  );
}
