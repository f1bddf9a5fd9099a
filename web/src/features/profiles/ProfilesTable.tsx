import { Table } from "@mantine/core";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useRef } from "react";
import { useNavigate } from "react-router";
import { profileColumns, type ProfileRow } from "./profile-columns";

const ROW_HEIGHT = 57;

type Props = {
  profiles: ProfileRow[];
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  /** Off after a failed page, so a broken connection is not retried in a loop. */
  autoLoad: boolean;
  onNearEnd: () => void;
};

/** Only the rows in view are in the DOM, so thousands of loaded profiles scroll smoothly. */
export function ProfilesTable({ profiles, hasNextPage, isFetchingNextPage, autoLoad, onNearEnd }: Props) {
  const navigate = useNavigate();
  const scrollRef = useRef<HTMLDivElement>(null);
  // TanStack Virtual hands back fresh measurements each render; the compiler rightly leaves this component alone.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: profiles.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;

  useEffect(() => {
    // Infinite scroll: fetch the next page when the user nears the end of what is loaded.
    if (autoLoad && hasNextPage && !isFetchingNextPage && lastIndex >= profiles.length - 15) onNearEnd();
  }, [autoLoad, lastIndex, profiles.length, hasNextPage, isFetchingNextPage, onNearEnd]);

  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <div
      ref={scrollRef}
      style={{ height: "max(420px, calc(100vh - 300px))", overflow: "auto", contain: "strict" }}
      role="region"
      aria-label="Profiles"
      tabIndex={0}
    >
      <Table
        aria-label="Profiles"
        highlightOnHover
        stickyHeader
        horizontalSpacing="md"
        style={{ tableLayout: "fixed", minWidth: 760 }}
      >
        <Table.Thead>
          <Table.Tr>
            {profileColumns.map((column) => (
              <Table.Th key={column.id} w={column.width}>
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {paddingTop > 0 ? <tr style={{ height: paddingTop }} aria-hidden="true" /> : null}
          {items.map((item) => {
            const profile = profiles[item.index];
            if (!profile) return null;
            return (
              <Table.Tr
                key={profile.id}
                h={ROW_HEIGHT}
                style={{ cursor: "pointer" }}
                onClick={() => void navigate(`/profiles/${profile.id}`)}
              >
                {profileColumns.map((column) => (
                  <Table.Td key={column.id} style={{ overflow: "hidden" }}>
                    {column.cell(profile)}
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
          {paddingBottom > 0 ? <tr style={{ height: paddingBottom }} aria-hidden="true" /> : null}
        </Table.Tbody>
      </Table>
    </div>
  );
}
