import { Button } from "@mantine/core";
import { IconMapOff } from "@tabler/icons-react";
import { Link } from "react-router";
import { EmptyState } from "../lib/ui/EmptyState";

export function NotFoundPage() {
  return (
    <EmptyState
      icon={<IconMapOff size={24} />}
      title="Page not found"
      action={
        <Button component={Link} to="/" variant="light">
          Go to Home
        </Button>
      }
    >
      There is nothing at this address. It may have moved, or the link may be mistyped.
    </EmptyState>
  );
}
