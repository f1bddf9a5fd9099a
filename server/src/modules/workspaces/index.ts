export { Workspace } from "./workspace.entity.js";
export { ensureWorkspace, DEMO_WORKSPACE_SLUG } from "./workspace.service.js";
