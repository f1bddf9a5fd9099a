import { Text, Tooltip, type TextProps } from "@mantine/core";
import { formatDateTime, formatRelative } from "../format";

type Props = TextProps & { value: string | null | undefined; fallback?: string };

/** "3 hours ago", with the exact time on hover. */
export function RelativeTime({ value, fallback = "Never", ...textProps }: Props) {
  if (!value) {
    return (
      <Text span c="dimmed" {...textProps}>
        {fallback}
      </Text>
    );
  }
  return (
    <Tooltip label={formatDateTime(value)} withArrow openDelay={300}>
      <Text span {...textProps}>
        <time dateTime={value}>{formatRelative(value)}</time>
      </Text>
    </Tooltip>
  );
}
