import { Anchor, Center, Paper, Stack, Text, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useNavigate, useSearchParams } from "react-router";
import { Logo } from "../../app/shell/Logo";
import { safeNextPath } from "./safe-next";
import { SignInForm } from "./SignInForm";

export function SignInPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const next = safeNextPath(params.get("next"));

  function signedIn() {
    // A previous user's cached data must not show to the next one.
    queryClient.clear();
    void navigate(next, { replace: true });
  }

  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-gray-0)">
      <title>Sign in · Mosaic</title>
      <Stack w="100%" maw={400} gap="lg">
        <Center>
          <Logo size={40} />
        </Center>
        <Paper withBorder shadow="sm" radius="md" p="xl">
          <Stack gap="lg">
            <Stack gap={4}>
              <Title order={2} size="h3">
                Sign in to Mosaic
              </Title>
              <Text c="dimmed" size="sm">
                {next === "/" ? "Your customer data, in one place." : "Sign in to continue where you were going."}
              </Text>
            </Stack>
            <SignInForm onSignedIn={signedIn} />
          </Stack>
        </Paper>
        <Text size="xs" c="dimmed" ta="center">
          Mosaic is open source.{" "}
          <Anchor href="/graphql" size="xs">
            GraphQL API
          </Anchor>
        </Text>
      </Stack>
    </Center>
  );
}
