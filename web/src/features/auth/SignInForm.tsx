import { Alert, Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { IconAlertCircle } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { describeError, fieldMessage, hasErrorCode, isGraphQLRequestError, request } from "../../lib/graphql";
import { loginMutation } from "./queries";

type Props = { onSignedIn: () => void };

export function SignInForm({ onSignedIn }: Props) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const login = useMutation({
    mutationFn: (input: { email: string; password: string }) =>
      request(loginMutation, input, { redirectOnUnauthenticated: false }),
    onSuccess: onSignedIn,
  });

  const error = login.error;
  const fieldError = isGraphQLRequestError(error) && error.field ? error : null;
  const formError = error && !fieldError ? error : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    login.mutate({ email: email.trim(), password });
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Sign in">
      <Stack gap="md">
        {formError ? (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertCircle size={18} />}
            role="alert"
            title="Could not sign in"
          >
            {hasErrorCode(formError, "UNAUTHENTICATED")
              ? "Wrong email or password. Check both and try again."
              : describeError(formError)}
          </Alert>
        ) : null}
        <TextInput
          label="Email"
          type="email"
          autoComplete="username"
          placeholder="you@company.com"
          required
          autoFocus
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={fieldError?.field === "email" ? fieldMessage(fieldError) : undefined}
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={fieldError?.field === "password" ? fieldMessage(fieldError) : undefined}
        />
        <Button type="submit" loading={login.isPending} disabled={!email.trim() || !password} fullWidth>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
