import { Alert, Button, Center, Code, Stack } from "@mantine/core";
import { IconBug } from "@tabler/icons-react";
import { isRouteErrorResponse, useRouteError } from "react-router";

/** Last line of defence for a crash while rendering a page. */
export function RouteError() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : "Unknown error";
  return (
    <Center p="xl">
      <Alert color="red" title="Something went wrong on this page" icon={<IconBug size={18} />} maw={640}>
        <Stack gap="sm">
          <Code block>{detail}</Code>
          <Button variant="white" color="red" w="fit-content" onClick={() => window.location.reload()}>
            Reload the page
          </Button>
        </Stack>
      </Alert>
    </Center>
  );
}
