import { Card, Select, Stack, Switch, Text, Title } from "@mantine/core";
import type { PhoneFormat } from "../../gql/graphql";
import type { NormalizationDraft, RulesDraft } from "./rules-draft";

type Props = { draft: RulesDraft; onChange: (draft: RulesDraft) => void };

const PHONE_FORMATS: Array<{ value: PhoneFormat; label: string }> = [
  { value: "e164", label: "International: + and digits (+14155550100)" },
  { value: "digits", label: "Digits only (14155550100)" },
  { value: "asSent", label: "As sent" },
];
const isPhoneFormat = (value: string | null): value is PhoneFormat => PHONE_FORMATS.some((f) => f.value === value);

/** The normalisation switches: how values are spelled before they are matched and stored. */
export function NormalizationCard({ draft, onChange }: Props) {
  const set = (change: Partial<NormalizationDraft>) =>
    onChange({ ...draft, normalization: { ...draft.normalization, ...change } });
  const rules = draft.normalization;
  return (
    <Card padding="lg">
      <Title order={3} size="h5">
        Normalisation
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        How identifier values are written before they are matched and stored. A change applies to messages received from
        then on; identifiers already stored keep their spelling, so preview what it would merge or split.
      </Text>
      <Stack gap="sm">
        <Switch
          label="Trim surrounding whitespace"
          checked={rules.trim}
          onChange={(event) => set({ trim: event.currentTarget.checked })}
        />
        <Switch
          label="Lower-case email addresses"
          checked={rules.lowercaseEmail}
          onChange={(event) => set({ lowercaseEmail: event.currentTarget.checked })}
        />
        <Switch
          label="Lower-case user ids, anonymous ids and other types"
          description="Off, as in Segment: “U1” and “u1” are different people."
          checked={rules.lowercaseIds}
          onChange={(event) => set({ lowercaseIds: event.currentTarget.checked })}
        />
        <Select
          label="Phone numbers"
          w={360}
          allowDeselect={false}
          data={PHONE_FORMATS}
          value={rules.phone}
          onChange={(value) => {
            if (isPhoneFormat(value)) set({ phone: value });
          }}
        />
      </Stack>
    </Card>
  );
}
