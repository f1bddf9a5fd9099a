import { Button, Modal } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconHelpCircle } from "@tabler/icons-react";
import { WhyPanel, type WhyProps } from "./WhyPanel";

/** "Why?" next to a member or a profile's audience: opens the per-condition trace. */
export function WhyButton(props: WhyProps) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button
        variant="subtle"
        size="compact-sm"
        leftSection={<IconHelpCircle size={14} />}
        onClick={(event) => {
          event.stopPropagation();
          open();
        }}
        aria-label={`Why is ${props.profileName} in ${props.audienceName}?`}
      >
        Why?
      </Button>
      <Modal opened={opened} onClose={close} title="Why: the rules, checked for this profile" size="lg" centered>
        {opened ? <WhyPanel {...props} /> : null}
      </Modal>
    </>
  );
}
