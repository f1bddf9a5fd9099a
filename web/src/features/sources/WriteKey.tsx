import { ActionIcon, Code, CopyButton, Group, Tooltip } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconCheck, IconCopy, IconEye, IconEyeOff } from "@tabler/icons-react";

/** "wk_abcd…wxyz" until revealed; copying never needs revealing. */
export function maskKey(key: string): string {
  if (key.length <= 12) return "•".repeat(key.length);
  return `${key.slice(0, 5)}${"•".repeat(8)}${key.slice(-4)}`;
}

export function WriteKey({ value }: { value: string }) {
  const [shown, { toggle }] = useDisclosure(false);
  return (
    <Group gap={4} wrap="nowrap">
      <Code fz="xs" style={{ whiteSpace: "nowrap" }} aria-label={shown ? "Write key" : "Write key (hidden)"}>
        {shown ? value : maskKey(value)}
      </Code>
      <Tooltip label={shown ? "Hide" : "Show"} withArrow>
        <ActionIcon
          size="sm"
          variant="subtle"
          color="gray"
          onClick={toggle}
          aria-label={shown ? "Hide write key" : "Show write key"}
        >
          {shown ? <IconEyeOff size={14} /> : <IconEye size={14} />}
        </ActionIcon>
      </Tooltip>
      <CopyButton value={value} timeout={1500}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? "Copied" : "Copy"} withArrow>
            <ActionIcon
              size="sm"
              variant="subtle"
              color={copied ? "teal" : "gray"}
              onClick={copy}
              aria-label="Copy write key"
            >
              {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
