export { MembershipService } from "./membership.service.js";
export { membershipHook } from "./membership-hook.js";
export { MembershipWorker } from "./membership-worker.js";
export { refreshMembersIn, refreshMembershipIn } from "./membership-refresh.js";
