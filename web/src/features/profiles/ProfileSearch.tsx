import { CloseButton, TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useState } from "react";

type Props = { value: string; onSearch: (value: string) => void; loading?: boolean };

/** A search box that reports its text once the user pauses typing, and follows outside changes (back button). */
export function ProfileSearch({ value, onSearch, loading }: Props) {
  const [text, setText] = useState(value);
  const [synced, setSynced] = useState(value);
  if (value !== synced) {
    setSynced(value);
    setText(value);
  }
  const report = useDebouncedCallback((next: string) => onSearch(next.trim()), 300);

  return (
    <TextInput
      aria-label="Search profiles"
      placeholder="Search by email, phone, user id, profile id or name"
      leftSection={<IconSearch size={16} />}
      rightSection={
        text ? (
          <CloseButton
            aria-label="Clear search"
            size="sm"
            onClick={() => {
              setText("");
              onSearch("");
            }}
          />
        ) : null
      }
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        report(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === "Enter") onSearch(text.trim());
      }}
      data-loading={loading || undefined}
      maw={520}
      w="100%"
    />
  );
}
