import { Tabs } from "@mantine/core";
import { useSearchParams } from "react-router";
import { PageHeader } from "../../lib/ui/PageHeader";
import { useViewer } from "../auth/viewer-context";
import { ConflictsPanel } from "./ConflictsPanel";
import { CrmImportPanel } from "./CrmImportPanel";
import { CrmOverview } from "./CrmOverview";
import { MatchAgainButton } from "./MatchAgainButton";
import { UnmatchedPanel } from "./UnmatchedPanel";

const TABS = ["comparison", "conflicts", "unmatched", "import"] as const;
type Tab = (typeof TABS)[number];
const isTab = (value: string | null): value is Tab => (TABS as readonly (string | null)[]).includes(value);

/** /crm: the CRM's contacts beside the unified profiles; admins import exports, admins and analysts set the rules. */
export function CrmPage() {
  const viewer = useViewer();
  const isAdmin = viewer.role === "admin";
  const [params, setParams] = useSearchParams();
  const requested = params.get("tab");
  const tab: Tab = isTab(requested) && (requested !== "import" || isAdmin) ? requested : "comparison";
  return (
    <>
      <PageHeader
        title="CDP vs CRM"
        description="Every field of the CRM's contacts beside the unified profile: who holds it, how fresh it is, where the two disagree, and which side wins."
        actions={isAdmin ? <MatchAgainButton /> : undefined}
      />
      <Tabs
        value={tab}
        onChange={(value) => setParams(value && value !== "comparison" ? { tab: value } : {})}
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          <Tabs.Tab value="comparison">Comparison</Tabs.Tab>
          <Tabs.Tab value="conflicts">Conflicts and rules</Tabs.Tab>
          <Tabs.Tab value="unmatched">Unmatched records</Tabs.Tab>
          {isAdmin ? <Tabs.Tab value="import">Import</Tabs.Tab> : null}
        </Tabs.List>
        <Tabs.Panel value="comparison">
          <CrmOverview />
        </Tabs.Panel>
        <Tabs.Panel value="conflicts">
          <ConflictsPanel mayEditRules={isAdmin || viewer.role === "analyst"} />
        </Tabs.Panel>
        <Tabs.Panel value="unmatched">
          <UnmatchedPanel />
        </Tabs.Panel>
        {isAdmin ? (
          <Tabs.Panel value="import">
            <CrmImportPanel />
          </Tabs.Panel>
        ) : null}
      </Tabs>
    </>
  );
}
