import { Button, Group, PasswordInput, Select, Stack, TextInput } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import type { CreateUserMutation, Role } from "../../gql/graphql";
import { splitFieldError } from "../../lib/field-errors";
import { request } from "../../lib/graphql";
import { QueryError } from "../../lib/ui/QueryError";
import { createUserMutation } from "./queries";
import { isRole, ROLE_OPTIONS } from "./role-options";

const FIELDS = ["email", "name", "role", "password"] as const;

type Props = { onCreated: (user: CreateUserMutation["createUser"]) => void; onCancel: () => void };

/** New user form; the API validates, and its complaint shows on the input it names. */
export function CreateUserForm({ onCreated, onCancel }: Props) {
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>("marketer");
  const [password, setPassword] = useState("");
  const create = useMutation({
    mutationFn: (input: { email: string; name: string | null; role: Role; password: string }) =>
      request(createUserMutation, input),
    onSuccess: (data) => onCreated(data.createUser),
  });
  const { fieldErrors, formError } = splitFieldError(create.error, FIELDS);

  /** Editing the input the API complained about clears the complaint. */
  function edited(field: (typeof FIELDS)[number]) {
    if (fieldErrors[field]) create.reset();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate({ email: email.trim(), name: name.trim() || null, role, password });
  }

  return (
    <form onSubmit={submit} noValidate aria-label="New user">
      <Stack gap="md">
        {formError ? <QueryError error={formError} title="Could not create the user" /> : null}
        <TextInput
          label="Email"
          type="email"
          required
          data-autofocus
          autoComplete="off"
          value={email}
          onChange={(event) => {
            setEmail(event.currentTarget.value);
            edited("email");
          }}
          error={fieldErrors.email}
        />
        <TextInput
          label="Name"
          placeholder="Optional"
          autoComplete="off"
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
            edited("name");
          }}
          error={fieldErrors.name}
        />
        <Select
          label="Role"
          required
          allowDeselect={false}
          description={ROLE_OPTIONS.find((option) => option.value === role)?.description}
          data={ROLE_OPTIONS.map((option) => ({ value: option.value, label: option.label }))}
          value={role}
          onChange={(value) => {
            if (isRole(value)) setRole(value);
            edited("role");
          }}
          error={fieldErrors.role}
        />
        <PasswordInput
          label="Password"
          description="Share it with the person safely; they sign in with it."
          required
          autoComplete="new-password"
          value={password}
          onChange={(event) => {
            setPassword(event.currentTarget.value);
            edited("password");
          }}
          error={fieldErrors.password}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={create.isPending}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending} disabled={!email.trim() || !password}>
            Create user
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
