import { Table } from "@mantine/core";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useRef } from "react";
import { useNavigate } from "react-router";
import type { ProfileColumn, ProfileRow } from "./profile-columns";

const ROW_HEIGHT = 57;

type Props = {
  rows: ProfileRow[];
  /** In display order, the profile column first. */
  columns: readonly ProfileColumn[];
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  /** Off after a failed page, so a broken connection is not retried in a loop. */
  autoLoad: boolean;
  onNearEnd: () => void;
};

/** Only the rows in view are in the DOM, so thousands of loaded profiles scroll smoothly. */
export function ProfilesTable({ rows, columns, hasNextPage, isFetchingNextPage, autoLoad, onNearEnd }: Props) {
  const navigate = useNavigate();
  const scrollRef = useRef<HTMLDivElement>(null);
  // TanStack Virtual hands back fresh measurements each render; the compiler rightly leaves this component alone.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;

  useEffect(() => {
    // Infinite scroll: fetch the next page when the user nears the end of what is loaded.
    if (autoLoad && hasNextPage && !isFetchingNextPage && lastIndex >= rows.length - 15) onNearEnd();
  }, [autoLoad, lastIndex, rows.length, hasNextPage, isFetchingNextPage, onNearEnd]);

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
        style={{ tableLayout: "fixed", minWidth: columns.reduce((sum, column) => sum + column.width, 0) }}
      >
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.id} w={column.width} style={{ whiteSpace: "nowrap", overflow: "hidden" }}>
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {paddingTop > 0 ? <tr style={{ height: paddingTop }} aria-hidden="true" /> : null}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <Table.Tr
                key={row.node.id}
                h={ROW_HEIGHT}
                style={{ cursor: "pointer" }}
                onClick={() => void navigate(`/profiles/${row.node.id}`)}
              >
                {columns.map((column) => (
                  <Table.Td key={column.id} style={{ overflow: "hidden" }}>
                    {column.cell(row)}
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
